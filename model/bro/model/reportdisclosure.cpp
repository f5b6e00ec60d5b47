#include "bro/model/reportdisclosure.h"

#include "bro/model/validation.h"

#include <cmath>
#include <cstdio>

namespace bro::model::reporting {

using Json = nlohmann::json;

namespace {

// A figure that adds up: total = the parts shown + a remainder that is never shown.
struct Group
{
    Figure total;
    std::vector<Figure> parts;
    bool hasRemainder = false;
};

const std::vector<Group> &groups()
{
    static const std::vector<Group> g = {
        {Figure::WorkParticipants, {Figure::WorkOver70, Figure::WorkUnder70}, false},
        {Figure::ProgrammeParticipants, {Figure::FastTrackParticipants}, true},
    };
    return g;
}

// How many participants a mean is computed from.
int meanBase(const YearFigures &y, Figure f)
{
    switch (f) {
    case Figure::MeanMonthsProgrammeBeforeFastTrack:
        return y.programmeBeforeFastTrack.n;
    case Figure::MeanMonthsFastTrackBeforeWork:
        return y.fastTrackBeforeWork.n;
    case Figure::MeanMonthsSubsidyOrTrainingBeforeWork:
        return y.subsidyOrTrainingBeforeWork.n;
    default:
        return 0;
    }
}

double roundTo1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

ProtectedYear protect(const YearFigures &y)
{
    ProtectedYear out;
    out.year = y.year;
    std::array<bool, kFigureCount> hidden{};
    auto count = [&](Figure f) {
        return y.value(f).value_or(0);
    };

    // 1. Primary: small counts, means of few.
    for (Figure f : kFigures) {
        switch (figureUnit(f)) {
        case Unit::Count:
            hidden[std::size_t(f)] = count(f) < kMinimumCount;
            break;
        case Unit::Months:
            hidden[std::size_t(f)] = meanBase(y, f) < kMinimumCount;
            break;
        case Unit::Percent:
            break; // 3. below
        }
    }
    // 2. Secondary: no hidden count may be the one unknown of a group that adds up.
    for (bool changed = true; changed;) {
        changed = false;
        for (const Group &g : groups()) {
            std::vector<double> unknown;
            double partsSum = 0;
            for (Figure p : g.parts) {
                partsSum += count(p);
                if (hidden[std::size_t(p)])
                    unknown.push_back(count(p));
            }
            if (hidden[std::size_t(g.total)])
                unknown.push_back(count(g.total));
            if (g.hasRemainder)
                unknown.push_back(count(g.total) - partsSum);
            if (unknown.size() != 1 || unknown.front() >= kMinimumCount)
                continue;
            // Hide the smallest figure still shown; parts before the total on a tie.
            std::optional<Figure> pick;
            std::vector<Figure> members = g.parts;
            members.push_back(g.total);
            for (Figure m : members)
                if (!hidden[std::size_t(m)] && (!pick || count(m) < count(*pick)))
                    pick = m;
            if (pick) {
                hidden[std::size_t(*pick)] = true;
                changed = true;
            }
        }
    }
    // 3. Derived: the share would give away a hidden numerator or denominator.
    hidden[std::size_t(Figure::FastTrackShare)] =
        hidden[std::size_t(Figure::FastTrackParticipants)] ||
        hidden[std::size_t(Figure::ProgrammeParticipants)] ||
        !y.value(Figure::FastTrackShare).has_value();

    for (Figure f : kFigures) {
        ProtectedFigure &p = out.figures[std::size_t(f)];
        p.figure = f;
        p.hidden = hidden[std::size_t(f)];
        if (!p.hidden)
            p.value = y.value(f);
    }
    return out;
}

Report protect(const std::vector<YearFigures> &figures, std::string scope, std::string asOf)
{
    Report r;
    r.scope = std::move(scope);
    r.asOf = std::move(asOf);
    for (const YearFigures &y : figures)
        r.years.push_back(protect(y));
    return r;
}

std::string formatValue(const ProtectedFigure &f, char decimalSeparator)
{
    if (f.hidden)
        return kHidden;
    if (!f.value)
        return {};
    char buf[32];
    if (figureUnit(f.figure) == Unit::Count) {
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(*f.value)));
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.1f", roundTo1(*f.value));
    std::string s = buf;
    for (char &c : s)
        if (c == '.')
            c = decimalSeparator;
    return s;
}

Json reportToJson(const Report &report)
{
    Json years = Json::array();
    for (const ProtectedYear &y : report.years) {
        Json figures = Json::object();
        for (const ProtectedFigure &f : y.figures) {
            if (f.hidden || !f.value)
                figures[figureName(f.figure)] = kHidden;
            else if (figureUnit(f.figure) == Unit::Count)
                figures[figureName(f.figure)] = std::llround(*f.value);
            else
                figures[figureName(f.figure)] = roundTo1(*f.value);
        }
        years.push_back({{"year", y.year}, {"figures", std::move(figures)}});
    }
    return {{"scope", report.scope}, {"as_of", report.asOf}, {"years", std::move(years)}};
}

std::optional<Report> reportFromJson(const Json &json, std::string *error)
{
    auto fail = [&](const std::string &what) -> std::optional<Report> {
        if (error)
            *error = what;
        return std::nullopt;
    };
    if (!json.is_object())
        return fail("report: must be an object");
    Report r;
    if (!json.contains("scope") || !json["scope"].is_string())
        return fail("scope: must be a string");
    r.scope = json["scope"].get<std::string>();
    if (!json.contains("as_of") || !json["as_of"].is_string() ||
        !isValidDate(json["as_of"].get<std::string>()))
        return fail("as_of: must be a date YYYY-MM-DD");
    r.asOf = json["as_of"].get<std::string>();
    if (!json.contains("years") || !json["years"].is_array())
        return fail("years: must be a list");
    for (std::size_t i = 0; i < json["years"].size(); ++i) {
        const Json &y = json["years"][i];
        const std::string at = "years[" + std::to_string(i) + "]";
        if (!y.is_object() || !y.contains("year") || !y["year"].is_number_integer())
            return fail(at + ".year: must be a whole number");
        if (!y.contains("figures") || !y["figures"].is_object())
            return fail(at + ".figures: must be an object");
        ProtectedYear py;
        py.year = y["year"].get<int>();
        for (Figure f : kFigures) {
            ProtectedFigure &p = py.figures[std::size_t(f)];
            p.figure = f;
            const auto it = y["figures"].find(figureName(f));
            if (it == y["figures"].end())
                return fail(at + ".figures." + figureName(f) + ": is missing");
            if (it->is_string() && it->get<std::string>() == kHidden)
                p.hidden = true;
            else if (it->is_number())
                p.value = it->get<double>();
            else
                return fail(at + ".figures." + figureName(f) + ": must be a number or \":\"");
        }
        r.years.push_back(py);
    }
    return r;
}

std::string reportToCsv(const Report &report, const std::function<std::string(Figure)> &label)
{
    auto field = [](const std::string &text) {
        if (text.find_first_of(";\"\r\n") == std::string::npos)
            return text;
        std::string q = "\"";
        for (char c : text) {
            if (c == '"')
                q += '"';
            q += c;
        }
        return q + "\"";
    };
    std::string out = "\xEF\xBB\xBF"; // UTF-8 byte order mark
    out += "figure;year;value;unit";
    if (label)
        out += ";label";
    out += "\r\n";
    for (Figure f : kFigures)
        for (const ProtectedYear &y : report.years) {
            out += figureName(f);
            out += ';' + std::to_string(y.year);
            out += ';' + formatValue(y.at(f), ',');
            out += ';';
            out += unitName(figureUnit(f));
            if (label)
                out += ';' + field(label(f));
            out += "\r\n";
        }
    return out;
}

} // namespace bro::model::reporting
