# The InterviewPrep data model: topics, questions with red flags, and practice attempts.
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models


class Topic(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=50, unique=True)
    description = models.TextField(blank=True, default='')

    class Meta:
        ordering = ['id']

    def __str__(self):
        return self.name


class Question(models.Model):
    LEVELS = [('junior', 'Junior'), ('mid', 'Mid'), ('senior', 'Senior')]

    title = models.CharField(max_length=200, unique=True)
    level = models.CharField(max_length=10, choices=LEVELS)
    frequency_rank = models.IntegerField(validators=[MinValueValidator(1)])
    topic = models.ForeignKey(Topic, related_name='questions', on_delete=models.PROTECT)
    answer = models.TextField()
    follow_up = models.TextField(blank=True, default='')
    key_points = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ['frequency_rank', 'id']

    def __str__(self):
        return self.title


class RedFlag(models.Model):
    question = models.ForeignKey(Question, related_name='red_flags', on_delete=models.CASCADE)
    text = models.CharField(max_length=300)

    class Meta:
        ordering = ['id']

    def __str__(self):
        return self.text


class Attempt(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, related_name='attempts', on_delete=models.CASCADE)
    question = models.ForeignKey(Question, related_name='attempts', on_delete=models.CASCADE)
    answer = models.TextField()
    score = models.IntegerField()
    covered = models.JSONField(default=list)
    missing = models.JSONField(default=list)
    red_flags_hit = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ['id']
