# The contract's pagination: pages of 10, `page_size` chosen by the client up to 100.
from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = 'page_size'
    max_page_size = 100
