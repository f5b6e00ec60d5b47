#include "owner.h"

#include "store/store.h"

#include <bro/model/catalogue.h>

namespace bro {

std::string participantOf(const store::Store &store, std::string kind, std::string id)
{
    for (int depth = 0; depth < 8; ++depth) {
        if (kind == "participant")
            return store.get(kind, id) ? id : std::string();
        const model::KindSpec *spec = model::findKind(kind);
        const auto record = spec ? store.get(kind, id) : std::nullopt;
        if (!record || spec->parentField.empty())
            return {};
        const model::FieldSpec *parent = spec->field(spec->parentField);
        id = record->value(spec->parentField, std::string());
        // An attachment names the kind of its owner beside it.
        kind = parent && !parent->refKind.empty() ? parent->refKind
                                                  : record->value("owner_kind", std::string());
    }
    return {};
}

} // namespace bro
