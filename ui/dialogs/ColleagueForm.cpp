#include "ColleagueForm.h"

#include "DialogSupport.h"
#include "photo/PhotoScaling.h"
#include "widgets/Avatar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

namespace rapport::ui {
namespace {

constexpr int kAvatarSize = 72;
constexpr int kCustomCadence = -1;

QFormLayout *makeForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    // Long (translated) labels move above their field instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPlainTextEdit *textEdit(QWidget *parent, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

QComboBox *textCombo(QWidget *parent, const QString &accessibleName, const QStringList &items)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setAccessibleName(accessibleName);
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    return combo;
}

template<typename E>
QComboBox *enumCombo(QWidget *parent, const QString &accessibleName, std::initializer_list<std::pair<E, QString>> items)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->addItem(ColleagueForm::tr("—"));
    for (const auto &[value, text] : items)
        combo->addItem(text, static_cast<int>(value));
    return combo;
}

template<typename E>
void setEnum(QComboBox *combo, std::optional<E> value)
{
    combo->setCurrentIndex(value ? qMax(0, combo->findData(static_cast<int>(*value))) : 0);
}

template<typename E>
std::optional<E> enumOf(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<E>(static_cast<E>(data.toInt())) : std::nullopt;
}

QDateEdit *dateEdit(QWidget *parent, const QString &accessibleName, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The years the journal accepts.
    edit->setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31));
    return edit;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets, QWidget *stretchy)
{
    auto *container = new QWidget(parent);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget, widget == stretchy ? 1 : 0);
    if (!stretchy)
        layout->addStretch(1);
    return container;
}

} // namespace

ColleagueForm::ColleagueForm(const Choices &choices, QLabel *general, QWidget *parent)
    : QTabWidget(parent)
    , m_errors(std::make_unique<FieldErrors>(general))
{
    addTab(buildProfile(choices), tr("&Profile"));
    addTab(buildContact(), tr("&Contact"));
    addTab(buildPreferences(), tr("P&references"));
    addTab(buildNotes(choices), tr("&Notes"));
    updateAvatar();
}

ColleagueForm::~ColleagueForm() = default;

QWidget *ColleagueForm::buildProfile(const Choices &choices)
{
    auto *page = new QWidget(this);
    auto *form = makeForm(page);
    FieldErrors &e = *m_errors;

    m_name = lineEdit(page, tr("Name"), tr("Required"));
    m_name->setObjectName(QStringLiteral("name"));
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        updateAvatar();
        Q_EMIT nameChanged(text);
    });
    form->addRow(tr("Na&me:"), e.wrap(QStringLiteral("name"), m_name));
    m_pronouns = lineEdit(page, tr("Pronouns"), tr("e.g. she/her"));
    form->addRow(tr("Pron&ouns:"), e.wrap(QStringLiteral("pronouns"), m_pronouns));
    m_role = lineEdit(page, tr("Role or title"));
    form->addRow(tr("&Role:"), e.wrap(QStringLiteral("role"), m_role));
    m_team = textCombo(page, tr("Team"), choices.teams);
    m_team->setObjectName(QStringLiteral("team"));
    form->addRow(tr("&Team:"), e.wrap(QStringLiteral("team"), m_team));
    m_department = textCombo(page, tr("Department"), choices.departments);
    m_department->setObjectName(QStringLiteral("department"));
    form->addRow(tr("&Department:"), e.wrap(QStringLiteral("department"), m_department));
    m_tags = lineEdit(page, tr("Tags"), tr("Words separated by commas, e.g. mentor, new hire"));
    m_tags->setObjectName(QStringLiteral("tags"));
    form->addRow(tr("T&ags:"), e.wrap(QStringLiteral("tags"), m_tags));

    m_avatar = new QLabel(page);
    m_avatar->setAccessibleName(tr("Photo"));
    auto *choose = new QPushButton(tr("C&hoose…"), page);
    choose->setAutoDefault(false);
    choose->setAccessibleName(tr("Choose a photo"));
    connect(choose, &QPushButton::clicked, this, &ColleagueForm::choosePhoto);
    auto *remove = new QPushButton(tr("Remo&ve"), page);
    remove->setAutoDefault(false);
    remove->setAccessibleName(tr("Remove the photo"));
    connect(remove, &QPushButton::clicked, this, &ColleagueForm::removePhoto);
    m_removePhoto = remove;
    form->addRow(tr("Photo:"), e.wrap(QStringLiteral("photo_png_base64"), row(page, {m_avatar, choose, remove}, nullptr), choose));

    m_hasStart = new QCheckBox(tr("Known"), page);
    m_hasStart->setAccessibleName(tr("Start date known"));
    m_start = dateEdit(page, tr("Start date"), choices.today);
    m_start->setEnabled(false);
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    form->addRow(tr("&Started on:"), e.wrap(QStringLiteral("start_date"), row(page, {m_hasStart, m_start}, m_start), m_start));
    m_birthday = lineEdit(page, tr("Birthday"), tr("YYYY-MM-DD, or --MM-DD without the year"));
    m_birthday->setObjectName(QStringLiteral("birthday"));
    form->addRow(tr("&Birthday:"), e.wrap(QStringLiteral("birthday"), m_birthday));
    m_howWeMet = textEdit(page, tr("How we met"), tr("Where and how you first met"));
    form->addRow(tr("How we m&et:"), e.wrap(QStringLiteral("how_we_met"), m_howWeMet));
    return page;
}

QWidget *ColleagueForm::buildContact()
{
    auto *page = new QWidget(this);
    auto *form = makeForm(page);
    FieldErrors &e = *m_errors;
    m_email = lineEdit(page, tr("Email"), tr("name@example.com"));
    form->addRow(tr("&Email:"), e.wrap(QStringLiteral("email"), m_email));
    m_phone = lineEdit(page, tr("Phone"));
    form->addRow(tr("P&hone:"), e.wrap(QStringLiteral("phone"), m_phone));
    m_chat = lineEdit(page, tr("Chat handle"), tr("e.g. @ana"));
    form->addRow(tr("Ch&at:"), e.wrap(QStringLiteral("chat"), m_chat));
    m_workMode = enumCombo<core::WorkMode>(page, tr("Work mode"),
                                           {{core::WorkMode::Office, tr("In the office")},
                                            {core::WorkMode::Hybrid, tr("Hybrid")},
                                            {core::WorkMode::Remote, tr("Remote")}});
    form->addRow(tr("&Work mode:"), e.wrap(QStringLiteral("work_mode"), m_workMode));

    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_timeZone = textCombo(page, tr("Time zone"), zones);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->lineEdit()->setPlaceholderText(tr("e.g. Europe/Berlin"));
    // "berlin" should find Europe/Berlin: match anywhere, ignoring case.
    auto *completer = new QCompleter(m_timeZone->model(), m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCompleter(completer);
    form->addRow(tr("Time &zone:"), e.wrap(QStringLiteral("time_zone"), m_timeZone));
    return page;
}

QWidget *ColleagueForm::buildPreferences()
{
    auto *page = new QWidget(this);
    auto *form = makeForm(page);
    FieldErrors &e = *m_errors;
    using core::PreferredChannel;
    m_preferredChannel = enumCombo<PreferredChannel>(
        page, tr("Preferred channel"),
        {{PreferredChannel::Email, tr("Email")}, {PreferredChannel::Chat, tr("Chat")},
         {PreferredChannel::Call, tr("Call")}, {PreferredChannel::Video, tr("Video")},
         {PreferredChannel::InPerson, tr("In person")}, {PreferredChannel::Any, tr("Any")}});
    form->addRow(tr("Pre&ferred channel:"), e.wrap(QStringLiteral("preferred_channel"), m_preferredChannel));
    m_bestTime = enumCombo<core::BestTime>(page, tr("Best time"),
                                           {{core::BestTime::Morning, tr("Morning")},
                                            {core::BestTime::Afternoon, tr("Afternoon")},
                                            {core::BestTime::Any, tr("Any time")}});
    form->addRow(tr("&Best time:"), e.wrap(QStringLiteral("best_time"), m_bestTime));
    m_workingStyle = textEdit(page, tr("Working style"), tr("When they focus best, how they like to be asked, what to avoid"));
    form->addRow(tr("&Working style:"), e.wrap(QStringLiteral("working_style"), m_workingStyle));

    m_cadence = new QComboBox(page);
    m_cadence->setObjectName(QStringLiteral("cadence"));
    m_cadence->setAccessibleName(tr("Touchbase cadence"));
    m_cadence->addItem(tr("None"), 0);
    m_cadence->addItem(tr("Weekly (7 days)"), 7);
    m_cadence->addItem(tr("Every two weeks (14 days)"), 14);
    m_cadence->addItem(tr("Monthly (30 days)"), 30);
    m_cadence->addItem(tr("Quarterly (90 days)"), 90);
    m_cadence->addItem(tr("Custom"), kCustomCadence);
    m_customCadence = new QSpinBox(page);
    m_customCadence->setObjectName(QStringLiteral("customCadence"));
    m_customCadence->setAccessibleName(tr("Custom cadence in days"));
    m_customCadence->setRange(1, core::kMaxCadenceDays);
    m_customCadence->setValue(21);
    m_customCadence->setSuffix(tr(" days"));
    m_customCadence->setVisible(false);
    connect(m_cadence, &QComboBox::currentIndexChanged, this, [this] {
        m_customCadence->setVisible(m_cadence->currentData().toInt() == kCustomCadence);
    });
    form->addRow(tr("&Touchbase every:"),
                 e.wrap(QStringLiteral("cadence_days"), row(page, {m_cadence, m_customCadence}, nullptr), m_cadence));
    return page;
}

QWidget *ColleagueForm::buildNotes(const Choices &choices)
{
    auto *page = new QWidget(this);
    auto *form = makeForm(page);
    m_notes = textEdit(page, tr("Notes"), tr("Anything worth remembering about them"));
    form->addRow(tr("N&otes:"), m_errors->wrap(QStringLiteral("notes"), m_notes));
    m_trackedSince = dateEdit(page, tr("Tracked since"), choices.today);
    form->addRow(tr("Tracked &since:"), m_errors->wrap(QStringLiteral("tracked_since"), m_trackedSince));
    return page;
}

void ColleagueForm::load(const core::Colleague &c)
{
    m_name->setText(c.name);
    m_pronouns->setText(c.pronouns);
    m_role->setText(c.role);
    m_team->setEditText(c.team);
    m_department->setEditText(c.department);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_photoPng = c.photoPng;
    m_hasStart->setChecked(c.startDate.has_value());
    if (c.startDate)
        m_start->setDate(*c.startDate);
    m_birthday->setText(c.birthday ? c.birthday->toString() : QString());
    m_howWeMet->setPlainText(c.howWeMet);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_chat->setText(c.chat);
    setEnum(m_workMode, c.workMode);
    m_timeZone->setEditText(c.timeZone);
    setEnum(m_preferredChannel, c.preferredChannel);
    setEnum(m_bestTime, c.bestTime);
    m_workingStyle->setPlainText(c.workingStyle);
    setCadence(c.cadenceDays);
    m_notes->setPlainText(c.notes);
    if (c.trackedSince.isValid())
        m_trackedSince->setDate(c.trackedSince);
    updateAvatar();
}

core::Result<core::Colleague> ColleagueForm::collect(core::Colleague c) const
{
    c.name = m_name->text();
    c.pronouns = m_pronouns->text();
    c.role = m_role->text();
    c.team = m_team->currentText();
    c.department = m_department->currentText();
    c.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            c.tags << tag.trimmed();
    }
    c.photoPng = m_photoPng;
    c.startDate = m_hasStart->isChecked() ? std::optional(m_start->date()) : std::nullopt;
    c.birthday.reset();
    if (const QString birthday = m_birthday->text().trimmed(); !birthday.isEmpty()) {
        c.birthday = core::Birthday::parse(birthday);
        if (!c.birthday)
            return core::Error::inField(QStringLiteral("birthday"),
                                        tr("\"%1\" is not a birthday; write YYYY-MM-DD, or --MM-DD without the year.")
                                            .arg(birthday));
    }
    c.howWeMet = m_howWeMet->toPlainText();
    c.email = m_email->text();
    c.phone = m_phone->text();
    c.chat = m_chat->text();
    c.workMode = enumOf<core::WorkMode>(m_workMode);
    c.timeZone = m_timeZone->currentText().trimmed();
    c.preferredChannel = enumOf<core::PreferredChannel>(m_preferredChannel);
    c.bestTime = enumOf<core::BestTime>(m_bestTime);
    c.workingStyle = m_workingStyle->toPlainText();
    c.cadenceDays = cadence();
    c.notes = m_notes->toPlainText();
    c.trackedSince = m_trackedSince->date();
    return c;
}

void ColleagueForm::setCadence(int days)
{
    const int preset = m_cadence->findData(days);
    if (preset >= 0 && days != kCustomCadence) {
        m_cadence->setCurrentIndex(preset);
        return;
    }
    m_customCadence->setValue(days);
    m_cadence->setCurrentIndex(m_cadence->findData(kCustomCadence));
}

int ColleagueForm::cadence() const
{
    const int days = m_cadence->currentData().toInt();
    return days == kCustomCadence ? m_customCadence->value() : days;
}

void ColleagueForm::setPhoto(const QImage &image)
{
    m_photoPng = core::PhotoScaling::toPng(image);
    updateAvatar();
}

void ColleagueForm::removePhoto()
{
    m_photoPng.clear();
    updateAvatar();
}

void ColleagueForm::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a photo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    const auto image = core::PhotoScaling::read(reader);
    if (!image) {
        m_errors->show(image.error());
        return;
    }
    m_errors->clear();
    setPhoto(*image);
}

void ColleagueForm::updateAvatar()
{
    m_avatar->setPixmap(avatarPixmap(m_name->text(), m_photoPng, kAvatarSize, m_avatar->devicePixelRatioF()));
    m_removePhoto->setEnabled(!m_photoPng.isEmpty());
}

} // namespace rapport::ui
