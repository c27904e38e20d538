#include "PreferencesDialog.h"

#include "DialogSupport.h"
#include "services/Autostart.h"
#include "services/Journal.h"
#include "services/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

QTimeEdit *timeEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace

PreferencesDialog::PreferencesDialog(core::Settings &settings, core::Journal *journal,
                                     const core::Autostart &autostart, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_journal(journal)
    , m_entry(autostart)
{
    setWindowTitle(tr("Preferences"));
    m_error = FieldErrors::makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildReminders());
    layout->addWidget(buildColleagues());
    layout->addWidget(buildDesktop());
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
}

PreferencesDialog::~PreferencesDialog() = default;

QList<std::pair<QString, QString>> PreferencesDialog::languages()
{
    // English is the language the strings are written in; a shipped translation joins
    // here with its .qm file.
    return {{QString(), tr("System default")}, {QStringLiteral("en"), QStringLiteral("English")}};
}

QWidget *PreferencesDialog::buildReminders()
{
    auto *box = new QGroupBox(tr("Reminders"), this);
    m_remindersOn = new QCheckBox(tr("&Remind me once a day of what is due"), box);
    m_remindersOn->setObjectName(QStringLiteral("remindersOn"));
    m_time = timeEdit(QStringLiteral("reminderTime"), tr("Reminder time"), box);
    m_quietStart = timeEdit(QStringLiteral("quietStart"), tr("Quiet hours start"), box);
    m_quietEnd = timeEdit(QStringLiteral("quietEnd"), tr("Quiet hours end"), box);
    auto *quiet = new QHBoxLayout;
    quiet->addWidget(m_quietStart);
    quiet->addWidget(new QLabel(tr("to"), box));
    quiet->addWidget(m_quietEnd);
    quiet->addStretch();

    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), box);
        check->setObjectName(QStringLiteral("day%1").arg(day));
        check->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        m_days.append(check);
        days->addWidget(check);
    }
    days->addStretch();

    auto *form = new QFormLayout(box);
    form->addRow(m_remindersOn);
    form->addRow(tr("At:"), m_time);
    form->addRow(tr("Quiet hours:"), quiet);
    form->addRow(tr("On:"), days);
    auto *note = new QLabel(tr("Reminders missed while Rapport was closed arrive once, as one summary, the next time "
                               "it starts."),
                            box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    for (QWidget *w : std::initializer_list<QWidget *>{m_time, m_quietStart, m_quietEnd})
        connect(m_remindersOn, &QCheckBox::toggled, w, &QWidget::setEnabled);
    for (QCheckBox *check : std::as_const(m_days))
        connect(m_remindersOn, &QCheckBox::toggled, check, &QWidget::setEnabled);
    return box;
}

QWidget *PreferencesDialog::buildColleagues()
{
    auto *box = new QGroupBox(tr("Colleagues"), this);
    m_cadence = new QSpinBox(box);
    m_cadence->setObjectName(QStringLiteral("defaultCadence"));
    m_cadence->setAccessibleName(tr("Default touchbase cadence in days"));
    m_cadence->setRange(0, core::kMaxCadenceDays);
    m_cadence->setSpecialValueText(tr("None"));
    m_cadence->setSuffix(tr(" days"));
    m_capacity = new QSpinBox(box);
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setAccessibleName(tr("Relationship capacity"));
    m_capacity->setRange(1, core::kMaxCapacity);
    m_capacity->setSuffix(tr(" relationships"));
    m_capacity->setToolTip(tr("How many work relationships you can truly keep up: Today warns when more colleagues "
                              "have a cadence. Kept in this journal's \"about me\"."));
    m_capacity->setEnabled(m_journal != nullptr);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Default &cadence for new colleagues:"), m_cadence);
    form->addRow(tr("Relationship c&apacity:"), m_capacity);
    return box;
}

QWidget *PreferencesDialog::buildDesktop()
{
    auto *box = new QGroupBox(tr("Desktop"), this);
    m_closeToTray = new QCheckBox(tr("Closing the window keeps Rapport in the &tray"), box);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_autostart = new QCheckBox(tr("&Start Rapport with my session, hidden in the tray"), box);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    auto *restart = new QLabel(tr("A new language applies the next time Rapport starts."), box);
    restart->setWordWrap(true);
    restart->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout(box);
    form->addRow(m_closeToTray);
    form->addRow(m_autostart);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(restart);
    return box;
}

void PreferencesDialog::load()
{
    const core::ReminderSettings reminders = m_settings.reminderSettings();
    m_remindersOn->setChecked(reminders.enabled);
    m_time->setTime(reminders.time);
    m_quietStart->setTime(reminders.quietStart);
    m_quietEnd->setTime(reminders.quietEnd);
    for (int i = 0; i < m_days.size(); ++i) {
        m_days.at(i)->setChecked(reminders.daysOn.contains(Qt::Monday + i));
        m_days.at(i)->setEnabled(reminders.enabled);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_time, m_quietStart, m_quietEnd})
        w->setEnabled(reminders.enabled);
    m_cadence->setValue(m_settings.defaultCadence());
    if (m_journal) {
        if (auto about = m_journal->repositories().reflections.aboutMe())
            m_capacity->setValue(about->capacity);
    }
    m_closeToTray->setChecked(m_settings.closeToTray());
    m_autostart->setChecked(m_entry.isEnabled());
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
}

bool PreferencesDialog::apply()
{
    m_error->hide();
    core::ReminderSettings reminders = m_settings.reminderSettings();
    reminders.enabled = m_remindersOn->isChecked();
    reminders.time = m_time->time();
    reminders.quietStart = m_quietStart->time();
    reminders.quietEnd = m_quietEnd->time();
    core::Weekdays days;
    for (int i = 0; i < m_days.size(); ++i)
        days.set(Qt::DayOfWeek(Qt::Monday + i), m_days.at(i)->isChecked());
    reminders.daysOn = days;
    m_settings.setReminderSettings(reminders);
    m_settings.setDefaultCadence(m_cadence->value());
    m_settings.setCloseToTray(m_closeToTray->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();

    QStringList problems;
    if (m_autostart->isChecked() != m_entry.isEnabled()) {
        const core::Status done = m_autostart->isChecked() ? m_entry.enable() : m_entry.disable();
        if (!done)
            problems << done.error().message;
    }
    if (m_journal && m_capacity->isEnabled()) {
        auto about = m_journal->repositories().reflections.aboutMe();
        if (about && about->capacity != m_capacity->value()) {
            about->capacity = m_capacity->value();
            if (auto saved = m_journal->setAboutMe(*about); !saved)
                problems << saved.error().message;
        }
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return false;
    }
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace rapport::ui
