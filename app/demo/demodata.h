// A small, realistic demo data set: participants at every phase of the journey, with
// mapping, plans, measures, meetings, a training book and logbook entries. Not part of the
// production library (bro_core): `bro --demo` and the tests link it.
#pragma once

#include <QString>

namespace bro::store {
class Store;
}

namespace bro {

struct DemoOptions
{
    // The NAV counsellor changed Amanuel's plan goal on her own tablet at the same time as the
    // adviser: a conflict for the review screen (screenshots and tests of it). Off for a
    // person trying the app, who should not meet a conflict they did not make.
    bool conflictFromAnotherDevice = false;
};

// Fills an empty store; does nothing if it already holds participants. Returns false if a
// write was refused (which would be a bug in the demo data).
bool populateDemoData(store::Store &store, const DemoOptions &options = {});

// The employer of the demo training book, and the demo participant who has it (the demo
// server places him there and links the participant user to him, see scripts/run).
inline constexpr const char *kDemoEmployer = "Elektro Nord AS";
inline constexpr const char *kDemoPlacedParticipant = "Amanuel Tesfay";

// The demo person of a role ("adviser", "mentor", "participant"): the name a demo device that
// is not logged in signs with.
[[nodiscard]] QString demoDisplayName(const QString &role);

} // namespace bro
