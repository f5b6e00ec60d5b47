// A training book as the app reads it. The one place for the rules on which assessment of a
// goal is the latest, what the goals' progress is, which fields of employer feedback are its
// rating areas, and in which order goals, entries and feedback are listed: the same on every
// device (a tablet and a phone that pulled the records in another order), in QML, the PDF and
// bro-cli.
//
// Orders use the record id as the last key: ids are UUIDv7, made on the device that created
// the record and ordered by their creation time, so they are the same everywhere (the store's
// own list order is the order this device happened to receive the records in).
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bro::store {
class Store;
}

namespace bro {

struct GoalProgress
{
    int total = 0;
    int achieved = 0;
    int inProgress = 0;
    int notStarted = 0; // includes goals that have not been assessed yet

    // The filled part of a progress bar, 0..1: achieved goals only (a goal in progress is not
    // progress already made; "0 of 3 achieved" is an empty bar).
    [[nodiscard]] double achievedShare() const { return total > 0 ? double(achieved) / total : 0; }
};

// The rating areas of employer feedback (attendance, punctuality, ...), in catalogue order:
// every rating (an integer field from 1 to 5) of the employer_feedback kind.
[[nodiscard]] const std::vector<std::string> &feedbackAreas();
// The area's rating (1..5), or nullopt when the area was not rated (not rated is not zero).
[[nodiscard]] std::optional<int> rating(const nlohmann::json &feedback, const std::string &area);

// Whether an attachment is the image of a drawn signature (kept beside the signature's
// strokes), rather than evidence. Marked by its file name, a fixed identifier, never by a
// translated caption.
inline constexpr const char *kSignatureImageName = "signature.png";
[[nodiscard]] bool isSignatureImage(const nlohmann::json &attachment);

// Goal id -> its latest assessment: the one with the latest assessed_on, and of those the one
// made last (the greatest id). Goals without an assessment are absent.
[[nodiscard]] std::map<std::string, nlohmann::json> latestAssessments(const store::Store &store,
                                                                      const std::string &bookId);
[[nodiscard]] GoalProgress goalProgress(const store::Store &store, const std::string &bookId);

// Sorts records by a date field (ISO dates sort as text), then by id; oldest first.
void sortByDateThenId(std::vector<nlohmann::json> &records, const char *dateField);
// Sorts records by id: the order they were made in, the same on every device.
void sortById(std::vector<nlohmann::json> &records);

class TrainingBookView
{
public:
    // Reads the book with its goals, assessments, HSE items, logbook, feedback and evidence;
    // nullopt if the store holds no such book.
    [[nodiscard]] static std::optional<TrainingBookView> load(const store::Store &store,
                                                              const std::string &bookId);

    [[nodiscard]] const nlohmann::json &book() const { return m_book; }
    [[nodiscard]] const std::string &participantName() const { return m_participant; }
    // By id (the order they were added in).
    [[nodiscard]] const std::vector<nlohmann::json> &goals() const { return m_goals; }
    [[nodiscard]] const std::vector<nlohmann::json> &hseItems() const { return m_hse; }
    // Every assessment, oldest first (by assessed_on, then id).
    [[nodiscard]] const std::vector<nlohmann::json> &assessments() const { return m_assessments; }
    // Oldest first (by entry_date, then id); reverse for "newest first".
    [[nodiscard]] const std::vector<nlohmann::json> &entries() const { return m_entries; }
    // Oldest first (by given_on, then id).
    [[nodiscard]] const std::vector<nlohmann::json> &feedback() const { return m_feedback; }
    // Evidence: the attachments of the book and of every record in it, signature images left
    // out (they are shown with their signature).
    [[nodiscard]] const std::vector<nlohmann::json> &evidence() const { return m_evidence; }

    // The goal's latest assessment, or null.
    [[nodiscard]] const nlohmann::json *latestAssessment(const std::string &goalId) const;
    [[nodiscard]] GoalProgress progress() const;

private:
    nlohmann::json m_book;
    std::string m_participant;
    std::vector<nlohmann::json> m_goals, m_hse, m_assessments, m_entries, m_feedback, m_evidence;
    std::map<std::string, nlohmann::json> m_latest;
};

} // namespace bro
