#include "pictograms.h"

#include <algorithm>
#include <cctype>

namespace bro {

namespace {

struct Entry
{
    std::string_view category, value, emoji;
};

// The one table. An empty value is the category's fallback.
constexpr Entry kTable[] = {
    // The measures of a plan (model/catalogue.cpp, measure.type).
    {"measure", "career_guidance", "\U0001F9ED"},       // compass
    {"measure", "intro_cv", "\U0001F4C4"},              // page
    {"measure", "work_training", "\U0001F6E0\uFE0F"},   // hammer and wrench
    {"measure", "language_practice", "\U0001F4AC"},     // speech balloon
    {"measure", "job_shadowing", "\U0001F440"},         // eyes
    {"measure", "work_norwegian", "\U0001F5E3\uFE0F"},  // speaking head
    {"measure", "labour_market_course", "\U0001F4DA"},  // books
    {"measure", "wage_subsidy", "\U0001F4B0"},          // money bag
    {"measure", "mentor", "\U0001F91D"},                // handshake
    {"measure", "education_recognition", "\U0001F393"}, // graduation cap
    {"measure", "norwegian_lessons", "\U0001F4D6"},     // open book
    {"measure", "", "\U0001F4CC"},                      // pushpin
    // A plank's state (bridge.h).
    {"state", "done", "\u2705"},           // check mark
    {"state", "now", "\U0001F6B6"},        // walking person
    {"state", "next", "\u27A1\uFE0F"},     // arrow (mirrored by the UI in right-to-left)
    {"state", "later", "\u23F3"},          // hourglass
    {"state", "", "\u23F3"},
    // The self-evaluation's answers.
    {"answer", "yes", "\U0001F44D"},    // thumbs up
    {"answer", "unsure", "\U0001F914"}, // thinking face
    {"answer", "no", "\U0001F44E"},     // thumbs down
    {"answer", "", "\u2754"},
    // Its 1-5 scale, from bad to good.
    {"score", "1", "\U0001F61E"}, // disappointed
    {"score", "2", "\U0001F615"}, // confused
    {"score", "3", "\U0001F610"}, // neutral
    {"score", "4", "\U0001F642"}, // slightly smiling
    {"score", "5", "\U0001F604"}, // smiling
    {"score", "", "\u2754"},
    // The questions.
    {"question", "likes_work", "\u2764\uFE0F"},     // heart
    {"question", "is_hard", "\U0001F4AA"},          // flexed biceps
    {"question", "continue_path", "\U0001F6E3\uFE0F"}, // road
    {"question", "score", "\U0001F31F"},            // star
    {"question", "", "\u2754"},
    // The banks and what stands on them.
    {"bank", "languages", "\U0001F5E3\uFE0F"},
    {"bank", "norwegian", "\U0001F4AC"},
    {"bank", "education", "\U0001F393"},
    {"bank", "work", "\U0001F9F0"},     // toolbox
    {"bank", "goal", "\U0001F3C1"},     // chequered flag
    {"bank", "", "\U0001F4CC"},
    // Elsewhere on the participant screens.
    {"ui", "speak", "\U0001F50A"},      // speaker
    {"ui", "record", "\U0001F399\uFE0F"}, // microphone
    {"ui", "stop", "\u23F9\uFE0F"},      // stop button
    {"ui", "discard", "\U0001F5D1\uFE0F"}, // wastebasket
    {"ui", "meeting", "\U0001F4C5"},    // calendar
    {"ui", "agreed", "\U0001F4DD"},     // memo
    {"ui", "hours", "\u23F1\uFE0F"},    // stopwatch
    {"ui", "goals", "\U0001F3AF"},      // target
    {"ui", "trail", "\U0001F441\uFE0F"}, // eye
    {"ui", "language", "\U0001F310"},   // globe with meridians
    {"ui", "print", "\U0001F5A8\uFE0F"}, // printer
    {"ui", "self_evaluation", "\U0001F4AD"}, // thought balloon
    {"ui", "my_words", "\u270D\uFE0F"}, // writing hand
    {"ui", "refresh", "\U0001F504"},   // anticlockwise arrows
    {"ui", "back", "\u21A9\uFE0F"},     // leftwards arrow with hook
    {"ui", "bridge", "\U0001F309"},    // bridge at night
    {"ui", "", "\u2754"},
};

struct GoalWord
{
    std::string_view keyword, emoji;
};

// Lower-case keywords of occupations, Norwegian and English, first match wins.
constexpr GoalWord kGoals[] = {
    {"elektr", "\U0001F50C"},       // plug
    {"helse", "\U0001FA7A"},        // stethoscope
    {"sykepleie", "\U0001FA7A"},
    {"nurse", "\U0001FA7A"},
    {"health", "\U0001FA7A"},
    {"kokk", "\U0001F9D1\u200D\U0001F373"}, // cook
    {"cook", "\U0001F9D1\u200D\U0001F373"},
    {"chef", "\U0001F9D1\u200D\U0001F373"},
    {"regnskap", "\U0001F4CA"},     // bar chart
    {"account", "\U0001F4CA"},
    {"barn", "\U0001F9F8"},         // teddy bear
    {"child", "\U0001F9F8"},
    {"sveis", "\U0001F525"},        // fire
    {"tømrer", "\U0001FA9A"},       // saw
    {"snekker", "\U0001FA9A"},
    {"carpent", "\U0001FA9A"},
    {"sjåfør", "\U0001F69A"},       // lorry
    {"driver", "\U0001F69A"},
    {"renhold", "\U0001F9F9"},      // broom
    {"clean", "\U0001F9F9"},
    {"lærer", "\U0001F9D1\u200D\U0001F3EB"}, // teacher
    {"teach", "\U0001F9D1\u200D\U0001F3EB"},
    {"frisør", "\U0001F487"},       // haircut
    {"mekan", "\U0001F527"},        // wrench
    {"mechan", "\U0001F527"},
    {"butikk", "\U0001F6D2"},       // shopping cart
    {"salg", "\U0001F6D2"},
};

} // namespace

std::string pictogram(std::string_view category, std::string_view value)
{
    std::string_view fallback;
    bool known = false;
    for (const auto &e : kTable) {
        if (e.category != category)
            continue;
        known = true;
        if (e.value == value)
            return std::string(e.emoji);
        if (e.value.empty())
            fallback = e.emoji;
    }
    return known ? std::string(fallback) : std::string();
}

std::string goalPictogram(std::string_view goal)
{
    // ASCII lower case; the Norwegian letters in the keywords are matched as written
    // (occupations are written in lower case after their first letter).
    std::string lower(goal);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    for (const auto &g : kGoals)
        if (lower.find(g.keyword) != std::string::npos)
            return std::string(g.emoji);
    return "\U0001F4BC"; // briefcase
}

} // namespace bro
