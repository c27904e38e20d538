#pragma once

#include "domain/Records.h"

#include <QWidget>

class QLabel;

namespace rapport::ui {

class ChipFlowLayout;

// The top of the profile card: avatar, name, pronouns, role · team · department, tags as
// chips and an "Archived" badge.
class ProfileHeader final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAvatarSize = 64;

    explicit ProfileHeader(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProfileHeader)

    void setColleague(const core::Colleague &colleague);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAvatar();

    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_pronouns = nullptr;
    QLabel *m_work = nullptr;
    QLabel *m_archived = nullptr;
    QWidget *m_tags = nullptr;
    ChipFlowLayout *m_tagLayout = nullptr;
    QString m_avatarName;
    QByteArray m_photo;
};

} // namespace rapport::ui
