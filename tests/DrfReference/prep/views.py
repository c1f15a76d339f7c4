# Views of InterviewPrep: signup, token, users, topics, questions (practice, CSV import), attempts, study plan.
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import ProtectedError
from rest_framework import generics, mixins, routers, serializers, status, viewsets
from rest_framework.authtoken import views as authtoken_views
from rest_framework.decorators import action
from rest_framework.exceptions import APIException
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import AllowAny, IsAdminUser, IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from .models import Attempt, Question, Topic
from .permissions import IsAdminOrReadOnly
from .scoring import score_answer
from .serializers import (
    AttemptSerializer, QuestionImportSerializer, QuestionSerializer, QuestionV2Serializer, SignupSerializer,
    StudyPlanQuerySerializer, StudyPlanQuestionSerializer, TopicSerializer, UserSerializer, question_data_from_row,
)

User = get_user_model()

# View classes carry no docstrings: the contract wants empty descriptions in OPTIONS.


class APIRootView(routers.APIRootView):
    pass


class Router(routers.DefaultRouter):
    APIRootView = APIRootView


class TopicInUse(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = 'Topic has questions; delete or move them first.'
    default_code = 'topic_in_use'


class SignupView(generics.CreateAPIView):
    serializer_class = SignupSerializer
    permission_classes = [AllowAny]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = 'signup'


class ObtainAuthToken(authtoken_views.ObtainAuthToken):
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = 'login'


class UserViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = User.objects.order_by('id')
    serializer_class = UserSerializer
    permission_classes = [IsAdminUser]

    @action(detail=False, methods=['get'], permission_classes=[IsAuthenticated])
    def me(self, request, *args, **kwargs):
        return Response(self.get_serializer(request.user).data)


class TopicViewSet(viewsets.ModelViewSet):
    queryset = Topic.objects.order_by('id')
    serializer_class = TopicSerializer
    permission_classes = [IsAdminOrReadOnly]
    lookup_field = 'slug'

    def perform_destroy(self, instance):
        try:
            instance.delete()
        except ProtectedError:
            raise TopicInUse()


class QuestionViewSet(viewsets.ModelViewSet):
    queryset = Question.objects.select_related('topic').prefetch_related('red_flags')
    permission_classes = [IsAdminOrReadOnly]
    filterset_fields = {
        'level': ['exact'],
        'topic__slug': ['exact'],
        'frequency_rank': ['gte', 'lte'],
    }
    search_fields = ['title', 'answer']
    ordering_fields = ['frequency_rank', 'created_at', 'title']
    ordering = ['frequency_rank', 'id']

    serializer_class = QuestionSerializer

    def get_serializer_class(self):
        # The extra actions set their own serializer_class on their routes.
        if self.serializer_class is QuestionSerializer and self.request is not None and self.request.version == 'v2':
            return QuestionV2Serializer
        return self.serializer_class

    @action(detail=True, methods=['post'], permission_classes=[IsAuthenticated], serializer_class=AttemptSerializer)
    def practice(self, request, *args, **kwargs):
        question = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        score, covered, missing, hit = score_answer(
            serializer.validated_data['answer'],
            question.key_points,
            [flag.text for flag in question.red_flags.all()],
        )
        serializer.save(
            user=request.user, question=question, score=score, covered=covered, missing=missing, red_flags_hit=hit,
        )
        return Response(serializer.data, status=status.HTTP_201_CREATED)

    @action(detail=False, methods=['post'], url_path='import', parser_classes=[MultiPartParser],
            permission_classes=[IsAdminUser], serializer_class=QuestionImportSerializer)
    def import_questions(self, request, *args, **kwargs):
        upload = self.get_serializer(data=request.data)
        upload.is_valid(raise_exception=True)
        dry_run = request.query_params.get('dry_run') in serializers.BooleanField.TRUE_VALUES
        created = updated = 0
        errors = []
        # Rows are saved inside one transaction (so a later row sees an earlier one) that is rolled back
        # when any row is invalid or for a dry run: the import is all or nothing.
        with transaction.atomic():
            for number, row in enumerate(upload.validated_data['file'], start=1):
                data = question_data_from_row(row)
                instance = Question.objects.filter(title=data['title']).first()
                serializer = QuestionSerializer(instance, data=data, context=self.get_serializer_context())
                if not serializer.is_valid():
                    errors.append({'row': number, 'errors': serializer.errors})
                    continue
                serializer.save()
                if instance is None:
                    created += 1
                else:
                    updated += 1
            if errors or dry_run:
                transaction.set_rollback(True)
        if errors:
            return Response({'created': 0, 'updated': 0, 'errors': errors}, status=status.HTTP_400_BAD_REQUEST)
        return Response({'created': created, 'updated': updated, 'errors': []})


class AttemptViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin,
                     viewsets.GenericViewSet):
    queryset = Attempt.objects.select_related('question')
    serializer_class = AttemptSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return super().get_queryset().filter(user=self.request.user).order_by('id')


class StudyPlanView(APIView):
    permission_classes = [AllowAny]
    LEVEL_ORDER = {'junior': 0, 'mid': 1, 'senior': 2}

    def get(self, request, *args, **kwargs):
        query = StudyPlanQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        minutes = query.validated_data['minutes']
        level = query.validated_data.get('level')
        questions = Question.objects.all()
        if level is not None:
            allowed = [name for name, rank in self.LEVEL_ORDER.items() if rank <= self.LEVEL_ORDER[level]]
            questions = questions.filter(level__in=allowed)
        eligible = sorted(questions, key=lambda q: (self.LEVEL_ORDER[q.level], q.frequency_rank, q.id))
        block_count = minutes // 10
        blocks = [
            {
                'index': index + 1,
                'minutes': 10,
                'questions': StudyPlanQuestionSerializer(eligible[index * 3:index * 3 + 3], many=True).data,
            }
            for index in range(block_count)
        ]
        return Response({
            'minutes': minutes,
            'level': level,
            'blocks': blocks,
            'skipped': max(0, len(eligible) - 3 * block_count),
        })
