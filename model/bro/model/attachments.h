// What a file must be to be attached to a record: the one rule for its size and its type,
// used wherever a file becomes an attachment (the app's pickers, the voice recorder, bro-cli).
// The server enforces the same size (sync::kMaxAttachmentBytes is this constant).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bro::model {

inline constexpr std::int64_t kMaxAttachmentBytes = 25ll << 20; // per file (the server default)

enum class FileUse {
    Evidence,  // a photo (image), a PDF or a recording (audio): the pickers, bro-cli
    Recording, // a recorded voice only (audio): the voice recorder's take
};

enum class FileProblem {
    Empty,
    TooLarge,  // over kMaxAttachmentBytes
    WrongType, // Evidence: not an image, a PDF or audio
    NotAudio,  // Recording: not audio
};

struct FileRefusal
{
    FileProblem problem;
    std::string message; // in English ("the file is larger than 25 MiB"); the UI translates
                         // by problem
};

// Why a file of this size and MIME type (as sniffed from its bytes) may not be attached for
// this use; nothing when it may.
[[nodiscard]] std::optional<FileRefusal>
attachmentFileRefusal(std::int64_t sizeBytes, std::string_view mimeType, FileUse use);

} // namespace bro::model
