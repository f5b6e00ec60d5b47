#pragma once
// Reading a record's fields as the domain code does (records as JSON objects).
#include <nlohmann/json.hpp>

#include <string>

namespace bro::model {

// The text of field in record, or "" when the record is not an object, lacks the field or
// holds something else there.
inline std::string stringField(const nlohmann::json &record, const char *field)
{
    if (!record.is_object())
        return {};
    const auto it = record.find(field);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace bro::model
