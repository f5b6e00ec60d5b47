#include "attachments.h"

namespace bro::model {

std::optional<FileRefusal> attachmentFileRefusal(std::int64_t sizeBytes, std::string_view mimeType,
                                                 FileUse use)
{
    if (sizeBytes <= 0)
        return FileRefusal{FileProblem::Empty, "the file is empty"};
    if (sizeBytes > kMaxAttachmentBytes)
        return FileRefusal{FileProblem::TooLarge, "the file is larger than " +
                                                      std::to_string(kMaxAttachmentBytes >> 20) +
                                                      " MiB"};
    const bool audio = mimeType.substr(0, 6) == "audio/";
    if (use == FileUse::Recording) {
        if (!audio)
            return FileRefusal{FileProblem::NotAudio,
                               "a recording must be audio (got " + std::string(mimeType) + ")"};
        return std::nullopt;
    }
    if (!audio && mimeType.substr(0, 6) != "image/" && mimeType != "application/pdf")
        return FileRefusal{
            FileProblem::WrongType,
            "only photos (images), PDF files and recordings (audio) can be attached (got " +
                std::string(mimeType) + ")"};
    return std::nullopt;
}

} // namespace bro::model
