#include "ProfileHeader.h"

#include "ProfileText.h"
#include "dialogs/ChipFlowLayout.h"
#include "widgets/Avatar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

// Whatever the user typed is shown as it is, never as markup.
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *chip(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setBackgroundRole(QPalette::AlternateBase);
    label->setAutoFillBackground(true);
    label->setContentsMargins(6, 1, 6, 1);
    return label;
}

} // namespace

ProfileHeader::ProfileHeader(QWidget *parent) : QWidget(parent)
{
    m_avatar = new QLabel(this);
    m_avatar->setFixedSize(kAvatarSize, kAvatarSize);
    m_avatar->setAccessibleName(tr("Photo"));

    m_name = plainLabel(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setAccessibleName(tr("Name"));

    m_pronouns = plainLabel(this);
    m_pronouns->setAccessibleName(tr("Pronouns"));
    m_work = plainLabel(this);
    m_work->setAccessibleName(tr("Role, team and department"));

    m_archived = new QLabel(tr("Archived"), this);
    m_archived->setObjectName(QStringLiteral("archivedBadge"));
    m_archived->setFrameShape(QFrame::Box);
    m_archived->setForegroundRole(QPalette::HighlightedText);
    m_archived->setBackgroundRole(QPalette::Highlight);
    m_archived->setAutoFillBackground(true);
    m_archived->setContentsMargins(6, 1, 6, 1);
    m_archived->setToolTip(tr("Kept in the journal, but left out of lists and reminders."));

    m_tags = new QWidget(this);
    m_tags->setAccessibleName(tr("Tags"));
    m_tagLayout = new ChipFlowLayout(m_tags);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_archived, 0, Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->addLayout(nameRow);
    text->addWidget(m_pronouns);
    text->addWidget(m_work);
    text->addWidget(m_tags);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_avatar, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void ProfileHeader::setColleague(const core::Colleague &c)
{
    m_name->setText(c.name);
    m_pronouns->setText(c.pronouns);
    m_pronouns->setVisible(!c.pronouns.trimmed().isEmpty());
    m_work->setText(ProfileText::workLine(c));
    m_work->setVisible(!m_work->text().isEmpty());
    m_archived->setVisible(c.archived);

    while (QLayoutItem *item = m_tagLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &tag : c.tags)
        m_tagLayout->addWidget(chip(tag, m_tags));
    m_tags->setVisible(!c.tags.isEmpty());

    m_avatarName = c.name;
    m_photo = c.photoPng;
    updateAvatar();
}

void ProfileHeader::changeEvent(QEvent *event)
{
    // Initials are drawn on palette-independent colours, but a new screen may bring a
    // new pixel ratio.
    if (event->type() == QEvent::ScreenChangeInternal || event->type() == QEvent::PaletteChange)
        updateAvatar();
    QWidget::changeEvent(event);
}

void ProfileHeader::updateAvatar()
{
    m_avatar->setPixmap(avatarPixmap(m_avatarName, m_photo, kAvatarSize, devicePixelRatioF()));
}

} // namespace rapport::ui
