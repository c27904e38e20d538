#include "DetailsPanel.h"

#include "ProfileText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QTimer>

namespace rapport::ui {

DetailsPanel::DetailsPanel(const core::Clock &clock, QWidget *parent) : QWidget(parent), m_clock(clock)
{
    const QString names[FieldCount] = {tr("Email"),         tr("Phone"),        tr("Chat"),      tr("Works"),
                                       tr("Time zone"),     tr("Their time"),   tr("Started"),   tr("Birthday"),
                                       tr("How we met"),    tr("Preferences"),  tr("Working style"), tr("Notes"),
                                       tr("Tracked since")};
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < FieldCount; ++i) {
        auto *value = new QLabel(this);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(names[i]);
        m_values[i] = value;
        m_form->addRow(names[i], value);
    }
    m_values[LocalTime]->setObjectName(QStringLiteral("localTime"));
    m_empty = new QLabel(tr("Nothing else written down yet. Use Edit to add how to reach them, their time zone, "
                            "how you met and what they prefer."),
                         this);
    m_empty->setWordWrap(true);
    m_form->addRow(m_empty);

    m_tick = new QTimer(this);
    m_tick->setSingleShot(true);
    connect(m_tick, &QTimer::timeout, this, [this] {
        refreshLocalTime();
        scheduleTick();
    });
}

void DetailsPanel::setField(Field field, const QString &text)
{
    m_values[field]->setText(text);
    m_form->setRowVisible(m_values[field], !text.trimmed().isEmpty());
}

void DetailsPanel::setColleague(const core::Colleague &c)
{
    const QDate today = m_clock.today();
    setField(Email, c.email);
    setField(Phone, c.phone);
    setField(Chat, c.chat);
    setField(WorkMode, c.workMode ? ProfileText::label(*c.workMode) : QString());
    setField(TimeZone, c.timeZone);
    setField(Started, c.startDate ? ProfileText::startDate(*c.startDate, today) : QString());
    setField(Birthday, c.birthday ? ProfileText::birthday(*c.birthday, today) : QString());
    setField(HowWeMet, c.howWeMet);
    setField(Preferences, ProfileText::preferences(c));
    setField(WorkingStyle, c.workingStyle);
    setField(Notes, c.notes);
    setField(TrackedSince, c.trackedSince.isValid() ? QLocale().toString(c.trackedSince, QLocale::LongFormat) : QString());
    m_timeZone = c.timeZone;
    refreshLocalTime();
    scheduleTick();

    bool any = false;
    for (int i = 0; i < FieldCount; ++i)
        any = any || (i != TrackedSince && !m_values[i]->text().isEmpty());
    m_form->setRowVisible(m_empty, !any);
}

QString DetailsPanel::localTimeText() const
{
    return m_values[LocalTime]->text();
}

void DetailsPanel::refreshLocalTime()
{
    setField(LocalTime, ProfileText::localTime(m_timeZone, m_clock.now()));
}

void DetailsPanel::scheduleTick()
{
    if (m_values[LocalTime]->text().isEmpty()) {
        m_tick->stop();
        return;
    }
    // Wake just after the next minute starts, so the shown time never lags by a minute.
    const QTime now = QTime::currentTime();
    const int msToNextMinute = 60'000 - (now.second() * 1000 + now.msec()) + 50;
    m_tick->start(msToNextMinute);
}

} // namespace rapport::ui
