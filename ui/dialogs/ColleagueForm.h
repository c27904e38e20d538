#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QTabWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QImage;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rapport::ui {

class FieldErrors;

// Every field of a colleague's profile card, in four tabs (Profile, Contact, Preferences,
// Notes). It only reads and writes a core::Colleague; saving is the dialog's job.
class ColleagueForm final : public QTabWidget
{
    Q_OBJECT

public:
    struct Choices
    {
        QStringList teams;
        QStringList departments;
        QDate today;
    };

    // Errors for fields the form does not show go to `general`.
    ColleagueForm(const Choices &choices, QLabel *general, QWidget *parent = nullptr);
    ~ColleagueForm() override;

    void load(const core::Colleague &colleague);
    // `base` with the form's fields written over it (id, archived and snooze are kept).
    // Fails on what the core cannot check, such as a birthday that does not parse.
    core::Result<core::Colleague> collect(core::Colleague base) const;

    // Scales to at most kMaxPhotoSide px on the longer side and keeps it as PNG.
    void setPhoto(const QImage &image);
    void removePhoto();
    QByteArray photoPng() const { return m_photoPng; }

    // A preset (7, 14, 30, 90), none (0) or a custom number of days.
    void setCadence(int days);

    FieldErrors &errors() const { return *m_errors; }
    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    void nameChanged(const QString &name);

private:
    QWidget *buildProfile(const Choices &choices);
    QWidget *buildContact();
    QWidget *buildPreferences();
    QWidget *buildNotes(const Choices &choices);
    void choosePhoto();
    void updateAvatar();
    int cadence() const;

    std::unique_ptr<FieldErrors> m_errors;
    QByteArray m_photoPng;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_pronouns = nullptr;
    QLineEdit *m_role = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_avatar = nullptr;
    QWidget *m_removePhoto = nullptr;
    QCheckBox *m_hasStart = nullptr;
    QDateEdit *m_start = nullptr;
    QLineEdit *m_birthday = nullptr;
    QPlainTextEdit *m_howWeMet = nullptr;

    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_chat = nullptr;
    QComboBox *m_workMode = nullptr;
    QComboBox *m_timeZone = nullptr;

    QComboBox *m_preferredChannel = nullptr;
    QComboBox *m_bestTime = nullptr;
    QPlainTextEdit *m_workingStyle = nullptr;
    QComboBox *m_cadence = nullptr;
    QSpinBox *m_customCadence = nullptr;

    QPlainTextEdit *m_notes = nullptr;
    QDateEdit *m_trackedSince = nullptr;
};

} // namespace rapport::ui
