// From a match to the meetings and the start (issue 15, phase 2): which records one tap makes,
// in one place. The seminar's phase 2: a match, then a meeting with the employer and one with
// the participant to clarify expectations, an interview, and a start at the workplace with a
// wage subsidy and a mentor. Both steps write through the store in one batch (all or
// nothing) and refuse, naming the field, what would make a second copy.
#pragma once

#include "store/store.h"

#include <string>
#include <vector>

namespace bro::match {

// Why a step was refused (the UI words it; the write result names the field too).
enum class StepRefusal {
    None,
    UnknownNeed,        // employer_need_id
    UnknownEmployer,    // employer_need_id: the need's employer is not on the device
    NeedClosed,         // employer_need_id: filled or cancelled (detail: the status)
    UnknownParticipant, // participant_id
    MeetingsPlanned,    // employer_need_id: planned for this need and participant already
    StartDateMissing,   // start_date
    TrainingBookExists, // employer: one that has not ended (detail: the employer)
    Storage,            // the store refused a record (write.error says why)
};

struct StepResult
{
    store::WriteResult write; // id: the first record made; error: why not
    StepRefusal refusal = StepRefusal::None;
    std::string detail;
    [[nodiscard]] bool ok() const { return write.ok(); }
};

// The two expectation-clarification meetings for a participant matched with a need, both under
// the participant, on `date`, and both carrying the need (employer_need_id) and what it is
// about: the employer's name (employer), the occupation and the need's start date
// (job_start_date):
//  * one with the employer (type employer_expectations), the employer's contact person as
//    attendee;
//  * one with the participant (type participant_expectations).
// Refused (field employer_need_id) when the need or its employer is not on the device, the
// need is filled or cancelled, the participant is unknown (participant_id), or the meetings
// for this need and participant were planned already. The result's id is the employer's
// meeting.
[[nodiscard]] StepResult planExpectationMeetings(store::Store &store, const std::string &needId,
                                                 const std::string &participantId,
                                                 const std::string &date);

// The participant starts at the need's employer on startDate (today: the date that decides
// whether a measure is ongoing or planned). Made, in one batch:
//  * a training book at the employer: employer (the employer's name, which places the book
//    with that employer's mentors), workplace, address, contact person and phone from the
//    employer record, start_date; mentor_name when the need offers a mentor and one is named;
//  * measures of the participant's plan (made if there is none), each from startDate, naming
//    the employer: work_training (responsible: the employer); wage_subsidy (NAV) when the need
//    offers one; mentor (the employer) when the need offers one. Status ongoing when startDate
//    is today or earlier, else planned. The reporting form's work-training and wage-subsidy
//    dates are then proposed from them (model/reporting.h);
//  * the need, if it was open, becomes in_progress.
// Refused when the need or its employer is unknown or the need is filled or cancelled
// (employer_need_id), the participant is unknown (participant_id), startDate is missing
// (start_date), or the participant has a training book at this employer that has not ended
// (employer). The result's id is the training book's.
[[nodiscard]] StepResult startAtEmployer(store::Store &store, const std::string &needId,
                                         const std::string &participantId,
                                         const std::string &startDate,
                                         const std::string &mentorName, const std::string &today);

// What the job match page shows of a match (the same rules as the steps above): whether the
// expectation meetings for the need and participant are planned, and whether the participant
// has a training book at the employer that has not ended by `date`.
[[nodiscard]] bool expectationMeetingsPlanned(const store::Store &store, const std::string &needId,
                                              const std::string &participantId);
[[nodiscard]] bool trainingBookOpenAt(const store::Store &store, const std::string &participantId,
                                      const std::string &employerName, const std::string &date);

} // namespace bro::match
