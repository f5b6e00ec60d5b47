#include "domain/jobmatchtext.h"

#include <cstdio>

namespace bro::match {

namespace {

std::string years(double y)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", y);
    return buf;
}

} // namespace

std::string skillText(const std::string &skill, Lang lang)
{
    const bool nb = lang == Lang::Nb;
    if (skill == "listening")
        return nb ? "lytting" : "listening";
    if (skill == "reading")
        return nb ? "lesing" : "reading";
    if (skill == "speaking")
        return nb ? "muntlig" : "speaking";
    if (skill == "writing")
        return nb ? "skriftlig" : "writing";
    return skill;
}

std::string qualificationText(const std::string &q, Lang lang)
{
    const bool nb = lang == Lang::Nb;
    if (q == "trade_certificate")
        return nb ? "fagbrev" : "trade certificate";
    if (q == "vocational")
        return nb ? "yrkesutdanning" : "vocational education";
    if (q == "bachelor")
        return nb ? "bachelorgrad" : "bachelor's degree";
    if (q == "master")
        return nb ? "mastergrad" : "master's degree";
    if (q == "authorisation")
        return nb ? "autorisasjon" : "authorisation";
    return q;
}

std::string reasonText(const Reason &r, Lang lang)
{
    const bool nb = lang == Lang::Nb;
    const std::string dash = " \u2014 ";
    const std::string asked = r.required + " " + skillText(r.skill, lang) + (nb ? " krevd" : " required");
    const std::string q = qualificationText(r.required, lang);
    const std::string on = r.date.empty() ? std::string() : " " + r.date;
    switch (r.code) {
    case ReasonCode::ExperienceFull:
        return nb ? years(r.years) + " års erfaring som " + r.detail
                  : years(r.years) + " years' experience as " + r.detail;
    case ReasonCode::ExperienceShort:
        return nb ? years(r.years) + " års erfaring som " + r.detail + " (" + years(r.requiredYears) + " krevd)"
                  : years(r.years) + " years' experience as " + r.detail + " (" + years(r.requiredYears) + " required)";
    case ReasonCode::ExperienceInformal:
        return nb ? "uformell erfaring som " + r.detail + " (" + years(r.years) + " år)"
                  : "informal experience as " + r.detail + " (" + years(r.years) + " years)";
    case ReasonCode::TrainingInTrade:
        return nb ? "arbeidstrening i faget hos " + r.detail + " (" + std::to_string(r.count) + " mål oppnådd)"
                  : "work training in the trade at " + r.detail + " (" + std::to_string(r.count) + " goals achieved)";
    case ReasonCode::PlanGoal:
        return nb ? "yrket er målet i planen" : "the occupation is the plan's goal";
    case ReasonCode::NoOccupation:
        return nb ? "ingen erfaring i yrket" : "no experience in the occupation";
    case ReasonCode::NorwegianMet:
        return asked + dash + (nb ? "har " : "has ") + r.actual;
    case ReasonCode::NorwegianOneBelow:
        return asked + dash + (nb ? "har " : "has ") + r.actual + (nb ? " (ett nivå under)" : " (one level below)");
    case ReasonCode::NorwegianBelow:
        return asked + dash + (nb ? "har " : "has ") + r.actual + (nb ? " (under kravet)" : " (below the requirement)");
    case ReasonCode::NorwegianUnknown:
        return asked + dash + (nb ? "ikke kartlagt" : "not mapped");
    case ReasonCode::QualificationInPlace:
        return q + (nb ? " krevd" : " required") + dash + (nb ? "godkjent av NOKUT" : "recognised by NOKUT") + on;
    case ReasonCode::QualificationPartly:
        return q + (nb ? " krevd" : " required") + dash + (nb ? "delvis godkjent av NOKUT" : "partly recognised by NOKUT") + on;
    case ReasonCode::QualificationPending:
        return q + (nb ? " mangler" : " missing") + dash + (nb ? "NOKUT-søknad sendt" : "NOKUT application sent") + on;
    case ReasonCode::QualificationNotSent:
        return q + (nb ? " mangler" : " missing") + dash +
               (nb ? "utdanningen (" + r.detail + ") er ikke sendt til NOKUT"
                   : "the education (" + r.detail + ") is not sent to NOKUT");
    case ReasonCode::QualificationMissing:
        return q + (nb ? " mangler" : " missing");
    case ReasonCode::AvailableNow:
        return nb ? "i jobbmatch-fasen" : "in the job-match phase";
    case ReasonCode::AvailableSoon:
        return nb ? "i kvalifiseringsfasen" : "in the qualification phase";
    case ReasonCode::AvailableLater:
        return nb ? "ennå i kartleggingen" : "still being mapped";
    case ReasonCode::NotAvailableEmployed:
        return nb ? "i arbeid hos " + r.detail + " uten lønnstilskudd"
                  : "employed at " + r.detail + " without wage subsidy";
    case ReasonCode::NotAvailableFinished:
        return nb ? "har avsluttet hurtigsporet" : "has finished the fast track";
    }
    return {};
}

} // namespace bro::match
