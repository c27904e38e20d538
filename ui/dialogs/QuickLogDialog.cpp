#include "QuickLogDialog.h"

#include "DialogSupport.h"
#include "ParticipantPicker.h"
#include "ThankDialog.h"
#include "pages/GratitudeEntry.h"
#include "services/Journal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int kMaxDurationMin = 7 * 24 * 60;

template<typename T>
std::optional<T> optionalData(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<T>(static_cast<T>(data.toInt())) : std::nullopt;
}

} // namespace

QuickLogDialog::QuickLogDialog(core::Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
{
    setWindowTitle(tr("Quick log"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    m_general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(m_general);

    m_participants = new ParticipantPicker(this);
    m_participants->lineEdit()->setObjectName(QStringLiteral("participants"));
    QList<ParticipantPicker::Candidate> candidates;
    if (auto active = journal.repositories().colleagues.list(false)) {
        for (const core::Colleague &c : std::as_const(*active))
            candidates.append({c.id, c.name});
    }
    m_participants->setCandidates(candidates);
    connect(m_participants, &ParticipantPicker::refused, this, [this](const QString &message) {
        m_errors->show(core::Error::inField(QStringLiteral("participants"), message));
    });
    connect(m_participants, &ParticipantPicker::participantsChanged, this, [this] { m_errors->clear(); });
    form->addRow(tr("&With:"), m_errors->wrap(QStringLiteral("participants"), m_participants, m_participants->lineEdit()));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind"));
    for (int i = 0; i < core::kInteractionKindCount; ++i)
        m_kind->addItem(core::label(static_cast<core::InteractionKind>(i)), i);
    setKind(core::InteractionKind::Coffee);
    form->addRow(tr("&Kind:"), m_kind);

    m_date = new QDateEdit(journal.clock().today(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date:"), m_errors->wrap(QStringLiteral("date"), m_date));

    m_hasTime = new QCheckBox(tr("At"), this);
    m_hasTime->setAccessibleName(tr("Record a time"));
    m_time = new QTimeEdit(journal.clock().now().time(), this);
    m_time->setAccessibleName(tr("Time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setEnabled(false);
    connect(m_hasTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    auto *timeRow = new QWidget(this);
    auto *timeLayout = new QHBoxLayout(timeRow);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_hasTime);
    timeLayout->addWidget(m_time, 1);
    form->addRow(tr("&Time:"), m_errors->wrap(QStringLiteral("time"), timeRow, m_time));

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(0, kMaxDurationMin);
    m_duration->setSingleStep(5);
    // 0 reads as "not recorded": a real zero-minute conversation is not worth a number.
    m_duration->setSpecialValueText(tr("—"));
    m_duration->setSuffix(tr(" min"));
    form->addRow(tr("D&uration:"), m_errors->wrap(QStringLiteral("duration_min"), m_duration));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("—"));
    for (int i = 0; i < core::enumCount<core::Channel>(); ++i)
        m_channel->addItem(core::label(static_cast<core::Channel>(i)), i);
    form->addRow(tr("C&hannel:"), m_channel);

    m_initiatedBy = new QComboBox(this);
    m_initiatedBy->setObjectName(QStringLiteral("initiatedBy"));
    m_initiatedBy->setAccessibleName(tr("Initiated by"));
    m_initiatedBy->addItem(tr("—"));
    m_initiatedBy->addItem(tr("Me"), static_cast<int>(core::InitiatedBy::Me));
    m_initiatedBy->addItem(tr("Them"), static_cast<int>(core::InitiatedBy::Them));
    form->addRow(tr("&Initiated by:"), m_initiatedBy);

    m_quality = new QComboBox(this);
    m_quality->setObjectName(QStringLiteral("quality"));
    m_quality->setAccessibleName(tr("How warm and open it felt"));
    m_quality->addItem(tr("—"));
    m_quality->addItem(tr("1 – tense or closed"), 1);
    m_quality->addItem(tr("2 – a little guarded"), 2);
    m_quality->addItem(tr("3 – fine"), 3);
    m_quality->addItem(tr("4 – friendly"), 4);
    m_quality->addItem(tr("5 – warm and open"), 5);
    form->addRow(tr("&Quality:"), m_errors->wrap(QStringLiteral("quality"), m_quality));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What did you talk about? What should you remember or follow up on?"));
    m_notes->setTabChangesFocus(true);
    submitOnCtrlEnter(m_notes, [this] { save(); });
    form->addRow(tr("&Notes:"), m_errors->wrap(QStringLiteral("notes"), m_notes));

    layout->addWidget(m_general);
    m_thanked = new QLabel(this);
    m_thanked->setObjectName(QStringLiteral("thankedNote"));
    m_thanked->setTextFormat(Qt::PlainText);
    m_thanked->setWordWrap(true);
    m_thanked->hide();
    layout->addWidget(m_thanked);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *log = buttons->addButton(tr("&Log"), QDialogButtonBox::AcceptRole);
    log->setDefault(true);
    log->setToolTip(tr("Save this interaction (Enter; Ctrl+Enter in the notes)"));
    m_thank = buttons->addButton(tr("Th&ank…"), QDialogButtonBox::ActionRole);
    m_thank->setObjectName(QStringLiteral("thankButton"));
    m_thank->setAutoDefault(false);
    m_thank->setToolTip(tr("Thank the first person here, without leaving Quick log"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_thank, &QPushButton::clicked, this, &QuickLogDialog::thank);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickLogDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_participants->setFocus(Qt::OtherFocusReason);
}

QuickLogDialog::~QuickLogDialog() = default;

void QuickLogDialog::setParticipants(const QList<core::Id> &ids)
{
    for (const core::Id id : ids) {
        // Archived colleagues are not offered, but a caller may still name one.
        if (const QString name = nameOf(id); !name.isEmpty())
            m_participants->addParticipant(id, name);
    }
}

void QuickLogDialog::setKind(core::InteractionKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

core::Interaction QuickLogDialog::interaction() const
{
    core::Interaction i;
    i.date = m_date->date();
    if (m_hasTime->isChecked())
        i.time = m_time->time();
    if (m_duration->value() > m_duration->minimum())
        i.durationMin = m_duration->value();
    i.participants = m_participants->participants();
    i.kind = static_cast<core::InteractionKind>(m_kind->currentData().toInt());
    i.channel = optionalData<core::Channel>(m_channel);
    i.initiatedBy = optionalData<core::InitiatedBy>(m_initiatedBy);
    if (const QVariant quality = m_quality->currentData(); quality.isValid())
        i.quality = quality.toInt();
    i.notes = m_notes->toPlainText();
    return i;
}

bool QuickLogDialog::takePendingName()
{
    // A name typed but not yet turned into a chip is what the user meant.
    const QString pending = m_participants->lineEdit()->text().trimmed();
    return pending.isEmpty() || m_participants->addByName(pending);
}

void QuickLogDialog::thank()
{
    if (!takePendingName())
        return;
    const QList<core::Id> people = m_participants->participants();
    ThankDialog dialog(m_journal, people.isEmpty() ? 0 : people.first(), this);
    dialog.entry()->setDate(m_date->date());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Quick log stays open: the conversation itself may still be worth logging.
    const auto entry = m_journal.repositories().gratitude.find(dialog.thankedId());
    const QString name = entry && entry->has_value() ? nameOf((*entry)->colleagueId) : QString();
    m_thanked->setText(tr("Thanks to %1 logged. Log the conversation too, or close.").arg(name));
    m_thanked->show();
}

QString QuickLogDialog::nameOf(core::Id id) const
{
    auto found = m_journal.repositories().colleagues.find(id);
    return found && found->has_value() ? (*found)->name : QString();
}

void QuickLogDialog::save()
{
    if (!takePendingName())
        return;
    m_errors->clear();
    auto logged = m_journal.logInteraction(interaction());
    if (!logged) {
        m_errors->show(logged.error());
        return;
    }
    m_loggedId = *logged;
    accept();
}

} // namespace rapport::ui
