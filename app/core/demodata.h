// A small, realistic demo data set: participants at every phase of the journey, with
// mapping, plans, measures, meetings, a training book and logbook entries.
#pragma once

namespace bro::store {
class Store;
}

namespace bro {

// Fills an empty store; does nothing if it already holds participants. Returns false if a
// write was refused (which would be a bug in the demo data).
bool populateDemoData(store::Store &store);

} // namespace bro
