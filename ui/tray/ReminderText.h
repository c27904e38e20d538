#pragma once

#include "services/DueList.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport::ui {

// The words of a reminder, wherever it appears (tray tooltip and menu, desktop
// notification, tray balloon, in-window banner), kept apart from the widgets so they
// read, and are tested, as plain functions.
class ReminderText final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderText)

public:
    // How many items a notification body lists before "and N more".
    static constexpr int kBodyItems = 5;
    // How many items the tray tooltip lists.
    static constexpr int kToolTipItems = 3;

    struct Message
    {
        QString summary;
        QString body;
    };

    // "Touch base with Ana Silva — 3 days overdue"; the title alone when not overdue.
    static QString itemLabel(const core::DueItem &item);
    // "3 things due today", or for reminders missed while the app was closed,
    // "While Rapport was closed: 5 things came due". The body lists up to kBodyItems
    // items, one a line, then "and N more".
    static Message reminder(const QList<core::DueItem> &items, bool catchUp);
    // "Rapport — 3 due today" and the first kToolTipItems items, one a line.
    static QString toolTip(const QList<core::DueItem> &items);
    // The number on the tray icon: "" for none, "7", "99+" past 99.
    static QString badge(int count);
    // Text for a widget that guesses rich text (tooltips, balloons): returned as is when
    // Qt would show it as plain text anyway, else as HTML that shows it literally, so
    // nothing a user typed is ever rendered as markup.
    static QString literal(const QString &plain);
};

} // namespace rapport::ui
