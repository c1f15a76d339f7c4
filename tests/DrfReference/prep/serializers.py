# Serializers of InterviewPrep: signup, users, topics, questions (v1 and v2), attempts, CSV import and study plan.
import csv
import io

from django.contrib.auth import get_user_model
from django.db import transaction
from rest_framework import serializers
from rest_framework.validators import UniqueValidator

from .models import Attempt, Question, RedFlag, Topic

User = get_user_model()


class SignupSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    username = serializers.CharField(
        max_length=150,
        validators=[UniqueValidator(queryset=User.objects.all(), message='A user with that username already exists.')],
    )
    email = serializers.EmailField()
    password = serializers.CharField(write_only=True, min_length=8)
    password_confirm = serializers.CharField(write_only=True)

    def validate(self, attrs):
        if attrs['password'] != attrs['password_confirm']:
            raise serializers.ValidationError('Passwords do not match.')
        return attrs

    def create(self, validated_data):
        return User.objects.create_user(
            username=validated_data['username'],
            email=validated_data['email'],
            password=validated_data['password'],
        )


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ['id', 'username', 'email', 'is_staff', 'date_joined']


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ['id', 'name', 'slug', 'description']


class RedFlagSerializer(serializers.ModelSerializer):
    class Meta:
        model = RedFlag
        fields = ['id', 'text']


class QuestionSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name='question-detail')
    topic = serializers.SlugRelatedField(slug_field='slug', queryset=Topic.objects.all())
    key_points = serializers.ListField(child=serializers.CharField(max_length=200), required=False)
    red_flags = RedFlagSerializer(many=True, required=False)

    class Meta:
        model = Question
        fields = [
            'id', 'url', 'title', 'level', 'frequency_rank', 'topic', 'answer', 'follow_up',
            'key_points', 'red_flags', 'created_at', 'updated_at',
        ]

    def validate_title(self, value):
        if not value.endswith('?'):
            raise serializers.ValidationError('Questions must end with a question mark.')
        return value

    def validate(self, attrs):
        level = attrs.get('level', getattr(self.instance, 'level', None))
        key_points = attrs.get('key_points', getattr(self.instance, 'key_points', []))
        if level == 'senior' and not key_points:
            raise serializers.ValidationError('Senior questions need at least one key point.')
        return attrs

    @transaction.atomic
    def create(self, validated_data):
        red_flags = validated_data.pop('red_flags', [])
        question = Question.objects.create(**validated_data)
        RedFlag.objects.bulk_create(RedFlag(question=question, **flag) for flag in red_flags)
        return question

    @transaction.atomic
    def update(self, instance, validated_data):
        red_flags = validated_data.pop('red_flags', None)
        for name, value in validated_data.items():
            setattr(instance, name, value)
        instance.save()
        if red_flags is not None:
            instance.red_flags.all().delete()
            RedFlag.objects.bulk_create(RedFlag(question=instance, **flag) for flag in red_flags)
        return instance


class QuestionV2Serializer(QuestionSerializer):
    frequency_label = serializers.SerializerMethodField()

    class Meta(QuestionSerializer.Meta):
        fields = [
            'id', 'url', 'title', 'level', 'frequency_rank', 'frequency_label', 'topic', 'answer', 'follow_up',
            'key_points', 'red_flags', 'created_at', 'updated_at',
        ]

    def get_frequency_label(self, obj):
        if obj.frequency_rank <= 6:
            return 'very common'
        if obj.frequency_rank <= 12:
            return 'common'
        return 'occasional'


class AttemptSerializer(serializers.ModelSerializer):
    question_title = serializers.CharField(source='question.title', read_only=True)

    class Meta:
        model = Attempt
        fields = ['id', 'question', 'question_title', 'answer', 'score', 'covered', 'missing', 'red_flags_hit', 'created_at']
        read_only_fields = ['question', 'score', 'covered', 'missing', 'red_flags_hit']
        extra_kwargs = {'answer': {'max_length': 5000}}


class QuestionImportSerializer(serializers.Serializer):
    REQUIRED_COLUMNS = {'title', 'level', 'frequency_rank', 'topic', 'answer'}

    file = serializers.FileField()

    def validate_file(self, upload):
        try:
            text = upload.read().decode('utf-8-sig')
        except UnicodeDecodeError:
            raise serializers.ValidationError('File is not valid UTF-8 CSV.')
        reader = csv.DictReader(io.StringIO(text, newline=''))
        columns = {name.strip() for name in reader.fieldnames or []}
        missing = sorted(self.REQUIRED_COLUMNS - columns)
        if missing:
            raise serializers.ValidationError('Missing columns: %s.' % ', '.join(missing))
        rows = []
        for row in reader:
            rows.append({(key or '').strip(): (value or '') for key, value in row.items() if key is not None})
        return rows


def split_items(cell):
    return [item.strip() for item in cell.split(';') if item.strip()]


def question_data_from_row(row):
    """Turns one CSV row into the question serializer's input."""
    data = {name: row[name] for name in ('title', 'level', 'frequency_rank', 'topic', 'answer')}
    if 'follow_up' in row:
        data['follow_up'] = row['follow_up']
    if 'key_points' in row:
        data['key_points'] = split_items(row['key_points'])
    if 'red_flags' in row:
        data['red_flags'] = [{'text': text} for text in split_items(row['red_flags'])]
    return data


class StudyPlanQuerySerializer(serializers.Serializer):
    minutes = serializers.IntegerField(min_value=10, max_value=240, default=30)
    level = serializers.ChoiceField(choices=Question.LEVELS, required=False)


class StudyPlanQuestionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Question
        fields = ['id', 'title', 'level', 'frequency_rank']
