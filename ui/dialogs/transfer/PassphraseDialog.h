#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport::ui {

// Asks for the passphrase of an encrypted backup: twice when making one (a typo would
// lock the user out of their own backup, and nothing can recover it), once to open one.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Encrypt, Decrypt };
    // `file` names the backup being opened (Decrypt) or made (Encrypt), for the label.
    PassphraseDialog(Purpose purpose, const QString &file, QWidget *parent = nullptr);
    ~PassphraseDialog() override;
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

    // UTF-8, as the command line's --passphrase-file reads it, so either can open the other's.
    QByteArray passphrase() const;

    QLineEdit *passphraseEdit() const { return m_first; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

    static constexpr int kMinimumLength = 8;

private:
    void check();

    Purpose m_purpose;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_repeat = nullptr;
    QCheckBox *m_show = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace rapport::ui
