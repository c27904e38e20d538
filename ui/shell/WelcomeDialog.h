#pragma once

#include <QDialog>

namespace rapport::ui {

// The first start: begin one's own journal, or look around a demo team first.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { StartJournal, ExploreDemo };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::StartJournal;
};

} // namespace rapport::ui
