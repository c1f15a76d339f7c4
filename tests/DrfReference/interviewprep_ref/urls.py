# URL configuration: the router and the three plain views under api/<version>/.
from django.urls import include, path, re_path

from prep import views

router = views.Router()
router.register('topics', views.TopicViewSet)
router.register('questions', views.QuestionViewSet)
router.register('attempts', views.AttemptViewSet)
router.register('users', views.UserViewSet)

api_patterns = [
    path('auth/signup/', views.SignupView.as_view(), name='signup'),
    path('auth/token/', views.ObtainAuthToken.as_view(), name='token'),
    path('study-plan/', views.StudyPlanView.as_view(), name='study-plan'),
    *router.urls,
]

urlpatterns = [
    re_path(r'^api/(?P<version>[^/]+)/', include(api_patterns)),
]
