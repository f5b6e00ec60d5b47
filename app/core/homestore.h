// Moved to domain/homestore.h (opening a device's store is not a QML service). This forwarding
// header stays only for the files outside app/ that still include it (tests/integration,
// bench/benchsupport.h); new code includes "domain/homestore.h".
#pragma once

#include "domain/homestore.h"
