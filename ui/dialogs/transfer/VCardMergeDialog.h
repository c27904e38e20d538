#pragma once

#include "io/VCardImport.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace rapport::ui {

// The merge step of a vCard import: the contacts that are already in the journal (same
// email, else same name), each with what updating would change, and the user's choice
// for each: update the colleague or skip the card. New contacts are added either way;
// nothing is ever added twice.
class VCardMergeDialog final : public QDialog
{
    Q_OBJECT

public:
    VCardMergeDialog(const core::io::VCardPlan &plan, QWidget *parent = nullptr);
    ~VCardMergeDialog() override;
    Q_DISABLE_COPY_MOVE(VCardMergeDialog)

    // One decision per contact of the plan, in its order (Skip for contacts without a match).
    QList<core::io::VCardMerge> decisions() const;
    QTreeWidget *tree() const { return m_tree; }
    // Sets every matched contact to update (true) or skip (false).
    void setAll(bool update);

private:
    void updateSummary();

    const core::io::VCardPlan &m_plan;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QList<int> m_rows; // the plan index of each top-level item
};

} // namespace rapport::ui
