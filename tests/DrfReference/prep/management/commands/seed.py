# `manage.py seed`: the contract's start-up seeding (admin user from Seed__*, question bank unless Seed__Bank=false).
import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from prep.models import Question, RedFlag, Topic


class Command(BaseCommand):
    help = 'Creates the configured admin user and seeds the question bank without duplicating rows.'

    def handle(self, *args, **options):
        self.seed_admin()
        if settings.SEED_BANK:
            self.seed_bank(settings.SEED_BANK_PATH)

    def seed_admin(self):
        username, password = settings.SEED_ADMIN_USERNAME, settings.SEED_ADMIN_PASSWORD
        if not username or not password:
            return
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            User.objects.create_user(username=username, email=settings.SEED_ADMIN_EMAIL, password=password,
                                     is_staff=True)
            self.stdout.write('Created admin user %s.' % username)
        elif not user.is_staff or not user.check_password(password):
            user.is_staff = True
            user.set_password(password)
            user.save()
            self.stdout.write('Updated admin user %s.' % username)

    @transaction.atomic
    def seed_bank(self, path):
        with open(path, encoding='utf-8') as bank_file:
            bank = json.load(bank_file)
        topics = {}
        for item in bank['topics']:
            topic = Topic.objects.filter(slug=item['slug']).first()
            if topic is None:
                topic = Topic.objects.create(slug=item['slug'], name=item['name'], description=item['description'])
            topics[item['slug']] = topic
        created = 0
        for item in bank['questions']:
            if Question.objects.filter(title=item['title']).exists():
                continue
            question = Question.objects.create(
                title=item['title'], level=item['level'], frequency_rank=item['rank'], topic=topics[item['topic']],
                answer=item['answer'], follow_up=item.get('follow_up', ''), key_points=item.get('key_points', []),
            )
            RedFlag.objects.bulk_create(RedFlag(question=question, text=text) for text in item.get('red_flags', []))
            created += 1
        self.stdout.write('Seeded %d questions.' % created)
