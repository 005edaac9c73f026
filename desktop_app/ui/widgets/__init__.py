"""Small reusable editor widgets (rating control, date field, choice list, collapsible section)."""
