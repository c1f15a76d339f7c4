# Declares the InterviewPrep Django app.
from django.apps import AppConfig


class PrepConfig(AppConfig):
    name = 'prep'
    default_auto_field = 'django.db.models.AutoField'
