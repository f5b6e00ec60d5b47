// The job match's reasons in words, in bokmål or English ("B1 muntlig krevd — har B1",
// "fagbrev mangler — NOKUT-søknad sendt 2026-03-01"): the reasons themselves are codes with
// values (jobmatch.h); only the UI and the documents word them. Qt-free.
#pragma once

#include "domain/jobmatch.h"

#include <string>

namespace bro::match {

enum class Lang { Nb, En };

[[nodiscard]] std::string skillText(const std::string &skill, Lang lang);
[[nodiscard]] std::string qualificationText(const std::string &qualification, Lang lang);
[[nodiscard]] std::string reasonText(const Reason &reason, Lang lang);

} // namespace bro::match
