# Reads an iCalendar file with the icalendar module (Debian's python3-icalendar) and prints
# what the calendar tests check, as JSON: the calendar's properties and each event with its
# alarms, values decoded (TEXT unescaped, dates as YYYY-MM-DD, triggers in minutes).
import json
import sys

from icalendar import Calendar


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def categories(event):
    value = event.get('CATEGORIES')
    if value is None:
        return []
    # A repeated CATEGORIES line reads as a list of values, each with its own list.
    values = value if isinstance(value, list) else [value]
    return [str(c) for v in values for c in v.cats]


with open(sys.argv[1], 'rb') as f:
    calendar = Calendar.from_ical(f.read())

result = {
    'prodid': text(calendar, 'PRODID'),
    'version': text(calendar, 'VERSION'),
    'name': text(calendar, 'X-WR-CALNAME'),
    'errors': [str(e) for c in calendar.walk() for e in getattr(c, 'errors', [])],
    'events': [],
}
for event in calendar.walk('VEVENT'):
    alarms = []
    for alarm in event.walk('VALARM'):
        alarms.append({
            'action': text(alarm, 'ACTION'),
            'trigger_minutes': int(alarm.decoded('TRIGGER').total_seconds() // 60),
            'description': text(alarm, 'DESCRIPTION'),
        })
    result['events'].append({
        'uid': text(event, 'UID'),
        'summary': text(event, 'SUMMARY'),
        'description': text(event, 'DESCRIPTION'),
        'dtstart': event.decoded('DTSTART').isoformat(),
        'dtend': event.decoded('DTEND').isoformat(),
        'dtstamp': event.decoded('DTSTAMP').isoformat(),
        'sequence': int(event.get('SEQUENCE')),
        'transp': text(event, 'TRANSP'),
        'categories': categories(event),
        'alarms': alarms,
    })
print(json.dumps(result))
