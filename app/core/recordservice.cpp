#include "recordservice.h"

#include "domain/labels.h"
#include "domain/matchstart.h"
#include "domain/openactions.h"
#include "domain/trainingbookview.h"
#include "jsonvariant.h"
#include "reports/signature.h"
#include "store/store.h"

#include <bro/model/access.h>
#include <bro/model/attachments.h>

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>

namespace bro {

using Json = nlohmann::json;

RecordService::RecordService(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_store->setChangeListener([this](const std::string &kind, const std::string &id) {
        emit recordChanged(QString::fromStdString(kind), QString::fromStdString(id));
        emit unsentChangesChanged();
    });
}

RecordService::~RecordService()
{
    m_store->setChangeListener({});
}

QVariantMap RecordService::result(const QString &kind, const std::string &id,
                                  const std::optional<model::ValidationError> &error) const
{
    QVariantMap r;
    r.insert(QStringLiteral("ok"), !error.has_value());
    r.insert(QStringLiteral("id"), QString::fromStdString(id));
    r.insert(QStringLiteral("field"), error ? QString::fromStdString(error->field) : QString());
    r.insert(QStringLiteral("message"), error ? localizedError(kind, *error) : QString());
    return r;
}

namespace {
// A refused file's message: why, in the UI language (the file rule's problem), not only
// "File name has the wrong format".
QVariantMap withReason(QVariantMap r, const QString &why)
{
    if (!why.isEmpty())
        r.insert(QStringLiteral("message"), why);
    return r;
}

// Unknown field names are passed through as strings so that the store names them.
nlohmann::json fieldsToJson(const QString &kind, const QVariantMap &fields)
{
    nlohmann::json out = nlohmann::json::object();
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const std::string name = it.key().toStdString();
        const model::FieldSpec *f = spec ? spec->field(name) : nullptr;
        out[name] =
            f ? toJson(*f, it.value()) : nlohmann::json(it.value().toString().toStdString());
    }
    return out;
}
} // namespace

QString RecordService::fileRefusalText(const model::FileRefusal &refusal)
{
    switch (refusal.problem) {
    case model::FileProblem::Empty:
        return tr("The file is empty.");
    case model::FileProblem::TooLarge:
        return tr("The file is larger than %1 MiB.").arg(model::kMaxAttachmentBytes >> 20);
    case model::FileProblem::WrongType:
        return tr("Only photos, PDF files and recordings can be attached.");
    case model::FileProblem::NotAudio:
        return tr("A recording must be audio.");
    }
    return QString::fromStdString(refusal.message);
}

store::WriteResult RecordService::attachBytes(const QString &ownerKind, const std::string &ownerId,
                                              const QUrl &file, const QString &caption,
                                              model::FileUse use, QString *refusedBecause)
{
    const auto refuse = [](const std::string &reason) {
        return store::WriteResult{
            {},
            model::ValidationError{
                model::ErrorCode::BadFormat, "file_name", "file_name: " + reason, {}}};
    };
    if (refusedBecause)
        refusedBecause->clear();
    QFile f(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!f.open(QIODevice::ReadOnly))
        return refuse("the file cannot be read");
    // Read no more than the rule allows: a file larger than that is refused by its size.
    const QByteArray bytes = f.read(model::kMaxAttachmentBytes + 1);
    const QString mime = QMimeDatabase().mimeTypeForData(bytes).name();
    // Recordings (audio): a plank's sentence read by the interpreter, a spoken answer.
    if (const auto no = model::attachmentFileRefusal(
            std::max<std::int64_t>(f.size(), bytes.size()), mime.toStdString(), use)) {
        if (refusedBecause)
            *refusedBecause = fileRefusalText(*no);
        return refuse(no->message);
    }
    Json fields = {{"owner_kind", ownerKind.toStdString()},
                   {"owner_id", ownerId},
                   {"file_name", QFileInfo(f.fileName()).fileName().toStdString()},
                   {"mime_type", mime.toStdString()}};
    if (!caption.isEmpty())
        fields["caption"] = caption.toStdString();
    return m_store->attach(std::move(fields),
                           std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

QVariantMap RecordService::attachFile(const QString &ownerKind, const QString &ownerId,
                                      const QUrl &file, const QString &caption)
{
    if (auto no = refusal(QStringLiteral("attachment"), {QStringLiteral("owner_id")}, true);
        !no.isEmpty())
        return no;
    QString why;
    const auto r = attachBytes(ownerKind, ownerId.toStdString(), file, caption,
                               model::FileUse::Evidence, &why);
    return withReason(result(QStringLiteral("attachment"), r.id, r.error), why);
}

QVariantMap RecordService::attachRecording(const QString &ownerKind, const QString &ownerId,
                                           const QUrl &file, const QString &caption)
{
    if (auto no = refusal(QStringLiteral("attachment"), {QStringLiteral("owner_id")}, true);
        !no.isEmpty())
        return no;
    QString why;
    const auto r = attachBytes(ownerKind, ownerId.toStdString(), file, caption,
                               model::FileUse::Recording, &why);
    return withReason(result(QStringLiteral("attachment"), r.id, r.error), why);
}

bool RecordService::mayAttachTo(const QString &ownerKind) const
{
    const model::KindSpec *owner = model::findKind(ownerKind.toStdString());
    return owner && !m_locked && (!m_role || model::mayAttachTo(m_role(), *owner));
}

QVariantMap RecordService::createWithFile(const QString &kind, const QVariantMap &fields,
                                          const QUrl &file, const QString &caption)
{
    if (auto no = refusal(kind, fields.keys(), true); !no.isEmpty())
        return no;
    store::WriteResult record, attachment;
    const bool withFile = !file.isEmpty();
    QString why;
    m_store->batch([&] {
        record = m_store->create(kind.toStdString(), fieldsToJson(kind, fields));
        if (!record.ok() || !withFile)
            return record.ok();
        attachment = attachBytes(kind, record.id, file, caption, model::FileUse::Evidence, &why);
        return attachment.ok();
    });
    if (!record.ok())
        return result(kind, {}, record.error);
    if (withFile && !attachment.ok())
        return withReason(result(QStringLiteral("attachment"), {}, attachment.error), why);
    return result(kind, record.id, std::nullopt);
}

QVariantMap RecordService::sign(const QString &kind, const QString &id, const QString &strokes)
{
    if (auto no = refusal(kind,
                          {QString::fromLatin1(model::kSignatureField.data(),
                                               qsizetype(model::kSignatureField.size()))},
                          false);
        !no.isEmpty())
        return no;
    const QString signer = m_signerName ? m_signerName() : QString();
    if (signer.trimmed().isEmpty())
        return result(
            kind, {},
            model::ValidationError{
                model::ErrorCode::Forbidden, "signed_by", "signed_by: log in to sign", {}});
    const QImage image = reports::signatureImage(strokes);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    store::WriteResult signature, attachment;
    m_store->batch([&] {
        signature = m_store->update(
            kind.toStdString(), id.toStdString(),
            {{"signed_by", signer.toStdString()},
             {"signed_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
             {"signature_strokes", strokes.toStdString()}});
        if (!signature.ok())
            return false;
        // The image beside the strokes; its file name marks it (domain/trainingbookview.h).
        attachment = m_store->attach({{"owner_kind", kind.toStdString()},
                                      {"owner_id", id.toStdString()},
                                      {"file_name", kSignatureImageName},
                                      {"mime_type", "image/png"}},
                                     std::string_view(png.constData(), std::size_t(png.size())));
        return attachment.ok();
    });
    if (!signature.ok())
        return result(kind, {}, signature.error);
    if (!attachment.ok())
        return result(QStringLiteral("attachment"), {}, attachment.error);
    return result(kind, id.toStdString(), std::nullopt);
}

QVariantMap RecordService::addActionToPlan(const QString &actionId)
{
    if (auto no = refusal(QStringLiteral("measure"), {QStringLiteral("plan_id")}, true);
        !no.isEmpty())
        return no;
    const auto r = addAgreedActionToPlan(*m_store, actionId.toStdString());
    return result(QStringLiteral("measure"), r.id, r.error);
}

QVariantMap RecordService::stepResult(const QString &kind, const match::StepResult &r) const
{
    using R = match::StepRefusal;
    QVariantMap out = result(kind, r.write.id, r.write.error);
    const QString detail = QString::fromStdString(r.detail);
    QString message;
    switch (r.refusal) {
    case R::UnknownNeed:
        message = tr("Employer's need: there is no such need on this device.");
        break;
    case R::UnknownEmployer:
        message = tr("Employer's need: its employer is not on this device.");
        break;
    case R::NeedClosed:
        message =
            tr("Employer's need: the need is %1.")
                .arg(optionLabel(QStringLiteral("employer_need"), QStringLiteral("status"), detail)
                         .toLower());
        break;
    case R::UnknownParticipant:
        message = tr("Participant: there is no such participant on this device.");
        break;
    case R::MeetingsPlanned:
        message =
            tr("Employer's need: the expectation meetings for this need are planned already.");
        break;
    case R::StartDateMissing:
        message = tr("Start date: the day the participant starts is required.");
        break;
    case R::TrainingBookExists:
        message = tr("Employer: the participant has a training book at %1 already.").arg(detail);
        break;
    case R::None:
    case R::Storage:
        break;
    }
    if (!message.isEmpty())
        out.insert(QStringLiteral("message"), message);
    return out;
}

QVariantMap RecordService::planExpectationMeetings(const QString &needId,
                                                   const QString &participantId,
                                                   const QString &date)
{
    if (auto no = refusal(QStringLiteral("meeting"), {QStringLiteral("employer_need_id")}, true);
        !no.isEmpty())
        return no;
    const auto r = match::planExpectationMeetings(*m_store, needId.toStdString(),
                                                  participantId.toStdString(), date.toStdString());
    return stepResult(QStringLiteral("meeting"), r);
}

QVariantMap RecordService::startAtEmployer(const QString &needId, const QString &participantId,
                                           const QString &startDate, const QString &mentorName)
{
    static const std::pair<const char *, const char *> made[] = {
        {"training_book", "employer"}, {"measure", "plan_id"}, {"plan", "participant_id"}};
    for (const auto &[kind, field] : made)
        if (auto no = refusal(QString::fromLatin1(kind), {QString::fromLatin1(field)}, true);
            !no.isEmpty())
            return no;
    if (auto no = refusal(QStringLiteral("employer_need"), {QStringLiteral("status")}, false);
        !no.isEmpty())
        return no;
    const auto r =
        match::startAtEmployer(*m_store, needId.toStdString(), participantId.toStdString(),
                               startDate.toStdString(), mentorName.trimmed().toStdString(),
                               QDate::currentDate().toString(Qt::ISODate).toStdString());
    return stepResult(QStringLiteral("training_book"), r);
}

QStringList RecordService::conflictFields(const QString &kind, const QString &id) const
{
    QStringList out;
    for (const auto &c : m_store->conflicts())
        if (c.kind == kind.toStdString() && c.id == id.toStdString())
            out.append(QString::fromStdString(c.conflict.field));
    out.removeDuplicates();
    return out;
}

QVariantMap RecordService::refusal(const QString &kind, const QStringList &fields,
                                   bool creating) const
{
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    if (!spec)
        return {}; // the store names the unknown kind
    if (m_locked)
        return result(
            kind, {},
            model::ValidationError{
                model::ErrorCode::Forbidden, "", "the device has not synced for too long", {}});
    if (!m_role)
        return {};
    for (const QString &field : fields)
        if (const auto why = model::whyNotWrite(m_role(), *spec, field.toStdString(), creating))
            return result(
                kind, {},
                model::ValidationError{model::ErrorCode::Forbidden, field.toStdString(), *why, {}});
    return {};
}

void RecordService::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    emit lockedChanged();
}

void RecordService::setIdentity(std::function<model::Role()> role,
                                std::function<QString()> signerName)
{
    m_role = std::move(role);
    m_signerName = std::move(signerName);
}

void RecordService::notifyOutboxChanged()
{
    emit unsentChangesChanged();
}

QString RecordService::parentField(const QString &kind) const
{
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    return spec ? QString::fromStdString(spec->parentField) : QString();
}

QString RecordService::titleField(const QString &kind) const
{
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    return spec ? QString::fromStdString(spec->titleField) : QString();
}

QString RecordService::fieldType(const QString &kind, const QString &field) const
{
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    const model::FieldSpec *f = spec ? spec->field(field.toStdString()) : nullptr;
    if (!f)
        return {};
    switch (f->type) {
    case model::FieldType::Text:
        return QStringLiteral("text");
    case model::FieldType::FreeText:
        return QStringLiteral("freeText");
    case model::FieldType::Date:
        return QStringLiteral("date");
    case model::FieldType::DateTime:
        return QStringLiteral("dateTime");
    case model::FieldType::Integer:
        return QStringLiteral("integer");
    case model::FieldType::Decimal:
        return QStringLiteral("decimal");
    case model::FieldType::Boolean:
        return QStringLiteral("boolean");
    case model::FieldType::Enum:
        return QStringLiteral("enum");
    case model::FieldType::Reference:
        return QStringLiteral("reference");
    case model::FieldType::Sha256:
        return QStringLiteral("sha256");
    }
    return {};
}

QVariantList RecordService::openActions(const QString &participantId) const
{
    QVariantList out;
    const auto open = openAgreedActions(*m_store);
    if (auto it = open.find(participantId.toStdString()); it != open.end())
        for (const auto &a : it->second)
            out.append(toVariantMap(a));
    return out;
}

QVariantList RecordService::children(const QString &kind, const QString &parentId) const
{
    QVariantList out;
    if (parentId.isEmpty())
        return out;
    for (const auto &r : m_store->list(kind.toStdString(), parentId.toStdString()))
        out.append(toVariantMap(r));
    return out;
}

QVariantMap RecordService::create(const QString &kind, const QVariantMap &fields)
{
    if (auto no = refusal(kind, fields.keys(), true); !no.isEmpty())
        return no;
    const auto r = m_store->create(kind.toStdString(), fieldsToJson(kind, fields));
    return result(kind, r.id, r.error);
}

QVariantMap RecordService::update(const QString &kind, const QString &id,
                                  const QVariantMap &changes)
{
    if (auto no = refusal(kind, changes.keys(), false); !no.isEmpty())
        return no;
    const auto r =
        m_store->update(kind.toStdString(), id.toStdString(), fieldsToJson(kind, changes));
    return result(kind, r.id, r.error);
}

QVariantMap RecordService::remove(const QString &kind, const QString &id)
{
    if (auto no = refusal(kind,
                          {QString::fromLatin1(model::kDeletedField.data(),
                                               qsizetype(model::kDeletedField.size()))},
                          false);
        !no.isEmpty())
        return no;
    const auto r = m_store->remove(kind.toStdString(), id.toStdString());
    return result(kind, r.id, r.error);
}

QVariantMap RecordService::get(const QString &kind, const QString &id) const
{
    if (auto rec = m_store->get(kind.toStdString(), id.toStdString()))
        return toVariantMap(*rec);
    return {};
}

QVariantMap RecordService::firstChild(const QString &kind, const QString &parentId) const
{
    if (parentId.isEmpty())
        return {};
    const auto rows = m_store->list(kind.toStdString(), parentId.toStdString());
    return rows.empty() ? QVariantMap() : toVariantMap(rows.front());
}

QString RecordService::kindLabel(const QString &kind) const
{
    return bro::kindLabel(kind);
}

QString RecordService::label(const QString &kind, const QString &field) const
{
    return fieldLabel(kind, field);
}

QString RecordService::optionLabel(const QString &kind, const QString &field,
                                   const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return {};
    return bro::optionLabel(kind, field, value.toString());
}

QVariantList RecordService::options(const QString &kind, const QString &field) const
{
    QVariantList out;
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    const model::FieldSpec *f = spec ? spec->field(field.toStdString()) : nullptr;
    if (!f)
        return out;
    for (const auto &v : f->values) {
        const QString value = QString::fromStdString(v);
        out.append(QVariantMap{{QStringLiteral("value"), value},
                               {QStringLiteral("label"), bro::optionLabel(kind, field, value)}});
    }
    return out;
}

bool RecordService::isRequired(const QString &kind, const QString &field) const
{
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    const model::FieldSpec *f = spec ? spec->field(field.toStdString()) : nullptr;
    return f && f->required;
}

int RecordService::unsentChanges() const
{
    return m_store->outboxSize();
}

QString RecordService::deviceId() const
{
    return QString::fromStdString(m_store->deviceId());
}

} // namespace bro
