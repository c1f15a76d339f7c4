#!/usr/bin/env python3
# Differential check of two InterviewPrep servers: the same scripted requests to both, normalised responses compared.
"""Usage: differential.py BASE_A BASE_B [--report FILE] [--record FILE] [--admin-username U] [--admin-password P]

Both servers must be freshly started (empty database, bank seeded, the same admin user configured), on loopback.
Standard library only. Exit code 0 when every step matches, 1 when any differs, 2 on usage errors.
"""
import argparse
import base64
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

TIMEOUT = 15
BOUNDARY = 'drfref-boundary-7f3a9c'
COMPARED_HEADERS = ['Content-Type', 'Allow', 'Vary', 'WWW-Authenticate', 'Retry-After', 'Location',
                    'X-Content-Type-Options', 'Referrer-Policy']

# ---------------------------------------------------------------------------------------------------------------
# The request sequence
# ---------------------------------------------------------------------------------------------------------------


class Step:
    """One scripted request. `auth` names a token captured earlier ('admin', 'alice', 'bob'); `authorization` is a
    literal Authorization header; `save_token` captures the response's token under that name."""

    def __init__(self, name, method, path, auth=None, authorization=None, json_body=None, form=None, multipart=None,
                 body=None, content_type=None, accept=None, headers=None, save_token=None, compare_body=True,
                 compare_headers=True, auth_scheme='Token', instead_of_500=None):
        self.name = name
        # Where DRF 3.14 answers 500 and the server under test a client error (README, "Known differences"): the
        # reference must still answer 500, and the other exactly this ({'status': ..., 'json': ...}).
        self.instead_of_500 = instead_of_500
        self.auth_scheme = auth_scheme
        self.method = method
        self.path = path
        self.auth = auth
        self.authorization = authorization
        self.json_body = json_body
        self.form = form
        self.multipart = multipart
        self.body = body
        self.content_type = content_type
        self.accept = accept
        self.headers = headers or {}
        self.save_token = save_token
        self.compare_body = compare_body and method != 'HEAD'
        self.compare_headers = compare_headers

    def encode(self):
        """Returns (body bytes or None, content type or None)."""
        if self.json_body is not None:
            return json.dumps(self.json_body).encode('utf-8'), 'application/json'
        if self.form is not None:
            return urllib.parse.urlencode(self.form).encode('utf-8'), 'application/x-www-form-urlencoded'
        if self.multipart is not None:
            return encode_multipart(self.multipart), 'multipart/form-data; boundary=' + BOUNDARY
        if self.body is not None:
            return self.body, self.content_type
        return None, self.content_type

    def describe(self):
        """The request as recorded in the report and the fixture (tokens by name, binary content in base64)."""
        out = {'name': self.name, 'method': self.method, 'path': self.path}
        if self.auth:
            out['auth'] = self.auth
            if self.auth_scheme != 'Token':
                out['auth_scheme'] = self.auth_scheme
        if self.authorization is not None:
            out['authorization'] = self.authorization
        if self.accept:
            out['accept'] = self.accept
        if self.headers:
            out['headers'] = self.headers
        if self.json_body is not None:
            out['json'] = self.json_body
        elif self.form is not None:
            out['form'] = self.form
        elif self.multipart is not None:
            out['multipart'] = [describe_part(part) for part in self.multipart]
        elif self.body is not None:
            out['content_type'] = self.content_type
            out.update(describe_bytes(self.body))
        if not self.compare_body:
            out['body_compared'] = False
        if not self.compare_headers:
            out['headers_compared'] = False
        return out


def describe_bytes(data, key='body'):
    try:
        return {key: data.decode('utf-8')}
    except UnicodeDecodeError:
        return {key + '_base64': base64.b64encode(data).decode('ascii')}


def describe_part(part):
    name, filename, content_type, content = part
    out = {'name': name}
    if filename is not None:
        out['filename'] = filename
    if content_type is not None:
        out['content_type'] = content_type
    out.update(describe_bytes(content, 'content'))
    return out


def encode_multipart(parts):
    """parts: list of (name, filename or None, content type or None, bytes)."""
    lines = []
    for name, filename, content_type, content in parts:
        disposition = 'form-data; name="%s"' % name
        if filename is not None:
            disposition += '; filename="%s"' % filename
        head = '--%s\r\nContent-Disposition: %s\r\n' % (BOUNDARY, disposition)
        if content_type is not None:
            head += 'Content-Type: %s\r\n' % content_type
        lines.append(head.encode('utf-8') + b'\r\n' + content + b'\r\n')
    lines.append(('--%s--\r\n' % BOUNDARY).encode('utf-8'))
    return b''.join(lines)


def csv_part(text_or_bytes, filename='questions.csv'):
    content = text_or_bytes if isinstance(text_or_bytes, bytes) else text_or_bytes.encode('utf-8')
    return [('file', filename, 'text/csv', content)]


def sequence(admin_username, admin_password):
    """The scripted request sequence. Ids are literal: both servers start with the same seeded data."""
    s = []

    def get(name, path, **kw):
        s.append(Step(name, 'GET', path, **kw))

    def req(name, method, path, **kw):
        s.append(Step(name, method, path, **kw))

    v1 = '/api/v1/'
    v2 = '/api/v2/'
    admin_login = {'username': admin_username, 'password': admin_password}
    alice_login = {'username': 'alice', 'password': 'alice-pass-1'}
    bob_login = {'username': 'bob', 'password': 'bob-pass-12'}

    # API root, versions, formats.
    get('root v1', v1)
    get('root v2', v2)
    get('root with invalid version', '/api/v3/')
    get('list with invalid version', '/api/v3/questions/')
    get('detail with invalid version', '/api/v0/questions/1/')
    get('root format suffix', '/api/v1/.json')
    get('root ?format=json', v1 + '?format=json')
    get('root as HTML', v1, accept='text/html')
    get('root ?format=api', v1 + '?format=api')
    get('root Accept xml is 406', v1, accept='application/xml')

    # Question lists: pagination.
    get('questions page 1', v1 + 'questions/')
    get('questions page 2', v1 + 'questions/?page=2')
    get('questions page 3', v1 + 'questions/?page=3')
    get('questions page last', v1 + 'questions/?page=last')
    get('questions page 4 is invalid', v1 + 'questions/?page=4')
    get('questions page abc is invalid', v1 + 'questions/?page=abc')
    get('questions page 0 is invalid', v1 + 'questions/?page=0')
    get('questions page_size 5 page 2', v1 + 'questions/?page_size=5&page=2')
    get('questions page_size 100', v1 + 'questions/?page_size=100')
    get('questions page_size 1000 capped', v1 + 'questions/?page_size=1000')
    get('questions page_size 0 ignored', v1 + 'questions/?page_size=0')
    get('questions page_size abc ignored', v1 + 'questions/?page_size=abc')
    # Filters.
    get('filter level senior', v1 + 'questions/?level=senior')
    get('filter level mid page_size 3', v1 + 'questions/?level=mid&page_size=3')
    get('filter level unknown', v1 + 'questions/?level=expert')
    get('filter topic slug', v1 + 'questions/?topic__slug=serializers')
    get('filter topic slug unknown', v1 + 'questions/?topic__slug=nope')
    get('filter rank range', v1 + 'questions/?frequency_rank__gte=5&frequency_rank__lte=8')
    get('filter rank not a number', v1 + 'questions/?frequency_rank__gte=abc')
    get('filter several errors', v1 + 'questions/?frequency_rank__lte=x&level=bad&frequency_rank__gte=1.5')
    get('filter empty level ignored', v1 + 'questions/?level=')
    # Search.
    get('search one term', v1 + 'questions/?search=serializer')
    get('search two terms case-insensitive', v1 + 'questions/?search=MODELSERIALIZER%20Plain')
    get('search with filter', v1 + 'questions/?search=throttl&level=mid')
    get('search no match', v1 + 'questions/?search=zzzz-nothing')
    get('search empty', v1 + 'questions/?search=&page_size=2')
    # Ordering.
    get('ordering -frequency_rank', v1 + 'questions/?ordering=-frequency_rank')
    get('ordering title', v1 + 'questions/?ordering=title')
    get('ordering -title page_size 5', v1 + 'questions/?ordering=-title&page_size=5')
    get('ordering -created_at page_size 5', v1 + 'questions/?ordering=-created_at&page_size=5')
    get('ordering unknown ignored', v1 + 'questions/?ordering=bogus')
    get('ordering not allowed field ignored', v1 + 'questions/?ordering=level&page_size=4')
    get('ordering two fields', v1 + 'questions/?ordering=-level,title&page_size=4')
    get('ordering with filter and page', v1 + 'questions/?level=senior&ordering=-frequency_rank&page_size=3&page=2')
    # Edge reads.
    q = v1 + 'questions/'
    # Pagination: page numbers as Django's Paginator reads them (int(), 'last' only in lower case).
    for label, value in [('-1', '-1'), ('1.5', '1.5'), ('2.0', '2.0'), ('empty', ''), ('space', '%20'),
                         ('LAST', 'LAST'), ('Last', 'Last'), ('arabic-indic 2', '%D9%A2'),
                         ('fullwidth 2', '%EF%BC%92'), ('leading space', '%202'), ('trailing space', '2%20'),
                         ('plus sign', '%2B2'), ('plus as space', '+2'), ('zero-padded', '02'), ('1e0', '1e0'),
                         ('huge', '99999999999999999999'), ('hex', '0x2'), ('NUL', '%00'), ('tab', '%092'),
                         ('explicit 1', '1'), ('underscore', '1_0'), ('nbsp', '%C2%A02')]:
        get('edge page %s' % label, q + '?page=' + value)
    get('edge page repeated takes the last', q + '?page=2&page=3')
    get('edge page repeated last invalid', q + '?page=2&page=9')
    get('edge page with blank key', q + '?page')
    get('edge page last with page_size', q + '?page=last&page_size=5')
    get('edge page 3 exact end', q + '?page=3&page_size=10')
    get('edge page 2 page_size 23 beyond end', q + '?page=2&page_size=23')
    get('edge page 1 page_size 23', q + '?page_size=23')
    get('edge page 1 page_size 22', q + '?page_size=22&page=2')
    for label, value in [('-1', '-1'), ('1.5', '1.5'), ('empty', ''), ('huge', '99999999999999999999'),
                         ('101', '101'), ('space 5', '%205'), ('plus 5', '%2B5'), ('arabic-indic 3', '%D9%A3'),
                         ('5.0', '5.0'), ('05', '05'), ('trailing space', '5%20'), ('1', '1'), ('underscore', '1_5'),
                         ('fullwidth', '%EF%BC%94'), ('nbsp', '%C2%A04'), ('separator', '%1C4'), ('astral digit', '%F0%9D%9F%92')]:
        get('edge page_size %s' % label, q + '?page_size=' + value)
    get('edge page_size repeated takes the last', q + '?page_size=5&page_size=7')
    get('edge page_size with page beyond end', q + '?page_size=50&page=2')
    get('edge page_size 1 last page', q + '?page_size=1&page=last')
    get('edge page_size 1 page 23', q + '?page_size=1&page=23')
    get('edge links keep other params sorted', q + '?zeta=1&page=2&alpha=%C3%A9&page_size=5&level=&b=a+b')
    get('edge links with repeated params', q + '?x=1&x=2&page=2&page_size=3')
    get('edge links with encoded characters', q + '?page=2&page_size=4&q=%2F%3F%26%3D%23%25~*\'()!')
    get('edge links with blank values', q + '?a=&page_size=3&b&page=3')
    get('edge links page 2 drops page in previous', q + '?page_size=8&page=2&search=a')
    get('edge links with unicode param name', q + '?%C3%A9t%C3%A9=1&page=2&page_size=6')
    get('edge topics page_size 1 page 2', v1 + 'topics/?page_size=1&page=2')
    get('edge topics page last', v1 + 'topics/?page=last')
    get('edge topics page 9', v1 + 'topics/?page=9')
    # Filters (django-filter's forms: ChoiceField, CharField, DecimalField).
    for label, query in [
            ('level SENIOR', 'level=SENIOR'), ('level Senior', 'level=Senior'),
            ('level repeated takes the last', 'level=senior&level=junior'),
            ('level repeated last empty', 'level=senior&level='), ('level leading space', 'level=%20senior'),
            ('level trailing space', 'level=senior%20'), ('level unicode', 'level=s%C3%A9nior'),
            ('level quote', 'level=%22%3Cb%3E'), ('level list syntax', 'level[]=senior'),
            ('rank gte empty', 'frequency_rank__gte='), ('rank gte spaces', 'frequency_rank__gte=%205%20'),
            ('rank gte plus', 'frequency_rank__gte=%2B5'), ('rank gte 5.0', 'frequency_rank__gte=5.0'),
            ('rank gte 5.5', 'frequency_rank__gte=5.5'), ('rank lte 5.5', 'frequency_rank__lte=5.5'),
            ('rank gte 1e1', 'frequency_rank__gte=1e1'), ('rank gte negative', 'frequency_rank__gte=-5'),
            ('rank lte negative', 'frequency_rank__lte=-5'), ('rank gte NaN', 'frequency_rank__gte=NaN'),
            ('rank gte Infinity', 'frequency_rank__gte=Infinity'), ('rank gte -inf', 'frequency_rank__gte=-inf'),
            ('rank gte arabic-indic', 'frequency_rank__gte=%D9%A5'), ('rank gte comma', 'frequency_rank__gte=5,5'),
            ('rank gte .5', 'frequency_rank__gte=.5'), ('rank gte 5.', 'frequency_rank__gte=5.'),
            ('rank gte underscore', 'frequency_rank__gte=1_0'), ('rank gte hex', 'frequency_rank__gte=0x5'),
            # Beyond int64 DRF answers 500 on SQLite (OverflowError) and filters on PostgreSQL: not compared.
            ('rank gte int64 max', 'frequency_rank__gte=9223372036854775807'),
            ('rank lte int64 min', 'frequency_rank__lte=-9223372036854775808'),
            ('rank gte 1e51', 'frequency_rank__gte=1e51'), ('rank gte 1e50', 'frequency_rank__lte=1e50&level=bad'),
            ('rank gte 1e400', 'frequency_rank__gte=1e400'), ('rank gte -1e400', 'frequency_rank__gte=-1e400&level=x'),
            ('rank gte sNaN', 'frequency_rank__gte=sNaN'), ('rank gte nan5', 'frequency_rank__gte=nan5'),
            ('rank gte double underscore', 'frequency_rank__gte=1__0'), ('rank gte separator', 'frequency_rank__gte=%1C5'),
            ('rank gte fullwidth', 'frequency_rank__gte=%EF%BC%95'), ('rank gte unicode fraction', 'frequency_rank__gte=%D9%A5.%D9%A5'),
            ('rank gte double sign', 'frequency_rank__gte=%2B-5'), ('rank gte exponent only', 'frequency_rank__gte=1e'),
            ('level only spaces', 'level=%20%20'), ('level tab', 'level=%09'),
            ('topic slug NUL', 'topic__slug=%00'), ('topic slug inner NUL', 'topic__slug=a%00b'),
            ('level NUL', 'level=%00'), ('rank gte NUL', 'frequency_rank__gte=%00'),
            ('rank lte only space', 'frequency_rank__lte=%20'), ('rank gte only tab', 'frequency_rank__gte=%09'),
            ('rank gte nbsp', 'frequency_rank__gte=%C2%A0'), ('topic slug only space', 'topic__slug=%20'),
            ('topic slug separator', 'topic__slug=%1Fviews'),
            ('rank lte 0', 'frequency_rank__lte=0'), ('rank lte repeated', 'frequency_rank__lte=1&frequency_rank__lte=3'),
            ('rank gt not declared', 'frequency_rank__gt=20'), ('rank exact not declared', 'frequency_rank=3'),
            ('topic slug unicode', 'topic__slug=caf%C3%A9'), ('topic slug percent', 'topic__slug=%25'),
            ('topic slug case', 'topic__slug=SERIALIZERS'), ('topic slug spaces', 'topic__slug=%20serializers'),
            ('topic slug repeated', 'topic__slug=nope&topic__slug=views'),
            ('topic id not declared', 'topic=1'), ('unknown params', 'foo=bar&baz'),
            ('empty name', '=5&level=mid'), ('only ampersands', '&&&'), ('semicolon separator', 'level=mid;page=2'),
            ('all filters', 'level=mid&topic__slug=views&frequency_rank__gte=1&frequency_rank__lte=100'),
            ('errors and page', 'level=bad&page=99'), ('errors and format', 'level=bad&format=json'),
            ('rank error order', 'frequency_rank__gte=x&level=bad&frequency_rank__lte=y&topic__slug=')]:
        get('edge filter %s' % label, q + '?' + query)
    # Search (terms split on commas and whitespace; NUL removed; icontains with LIKE escaping on SQLite).
    for label, term in [('percent', '%25'), ('underscore', '_'), ('backslash', '%5C'), ('single quote', "'"),
                        ('double quote', '%22'), ('accented lower', '%C3%A9'), ('accented upper', '%C3%89'),
                        ('long term', 'a' * 2000), ('only commas', ',,,'), ('only spaces', '%20%20%20'),
                        ('commas and terms', ',serializer,,VIEW,'), ('NUL inside term', 'serial%00izer'),
                        ('only NUL', '%00'), ('tab separated', 'serializer%09view'),
                        ('newline separated', 'serializer%0Aview'), ('nbsp separated', 'serializer%C2%A0view'),
                        ('em space separated', 'serializer%E2%80%83view'), ('unit separator', 'serializer%1Fview'),
                        ('plus as space', 'model+serializer'), ('percent and underscore', '5%25_'),
                        ('brackets', '[a-z]'), ('star', '*'), ('caret', '^serializer'), ('equals', '=serializer'),
                        ('at', '@serializer'), ('dollar', '$serializer'), ('question mark', '%3F'),
                        ('dotted i', '%C4%B0'), ('sharp s', '%C3%9F'), ('emoji', '%F0%9F%98%80')]:
        get('edge search %s' % label, q + '?search=' + term)
    get('edge search repeated takes the last', q + '?search=zzzz&search=serializer')
    get('edge search with ordering and page', q + '?search=the&ordering=-title&page=2&page_size=3')
    get('edge search with filter and ordering', q + '?search=e&level=junior&ordering=title')
    get('edge search blank key', q + '?search')
    # Ordering (terms stripped, unknown ones dropped, the view's ordering when none is left).
    for label, value in [('dash', '-'), ('comma', ','), ('space', '%20'), ('title comma', 'title,'),
                         ('comma title', ',title'), ('-title twice', '-title,-title'), ('id', 'id'), ('pk', 'pk'),
                         ('-id', '-id'), ('unknown and valid', 'bogus,-title'), ('valid and unknown', 'title,bogus'),
                         ('whitespace around', '%20-title%20'), ('space inside', '-%20title'), ('TITLE', 'TITLE'),
                         ('double dash', '--title'), ('title and -title', 'title,-title'),
                         ('frequency_rank, -title', 'frequency_rank,-title'), ('topic', 'topic'),
                         ('topic__slug', 'topic__slug'), ('answer', 'answer'), ('question mark', '?'),
                         ('plus', '%2Btitle'), ('tab', '%09title'), ('semicolon', 'title;-title'),
                         ('created_at', 'created_at'), ('-created_at,title', '-created_at,title'),
                         ('unicode', 't%C3%AFtle'), ('empty', '')]:
        get('edge ordering %s' % label, q + '?ordering=' + value + '&page_size=4')
    get('edge ordering repeated takes the last', q + '?ordering=title&ordering=-title&page_size=4')
    get('edge ordering with page 3', q + '?ordering=-title&page=3')
    get('edge topics ordering ignored', v1 + 'topics/?ordering=-name')
    get('edge topics search ignored', v1 + 'topics/?search=zzzz')
    get('edge topics filter ignored', v1 + 'topics/?slug=views')
    # Versions in the URL.
    for label, version in [('V1', 'V1'), ('1', '1'), ('v1.0', 'v1.0'), ('v01', 'v01'), ('v1 space', 'v1%20'),
                           ('encoded v1', '%76%31'), ('empty-ish', '%20'), ('v2 upper', 'V2')]:
        get('edge version %s root' % label, '/api/%s/' % version)
        get('edge version %s questions' % label, '/api/%s/questions/' % version)
    get('edge version encoded v1 detail', '/api/%76%31/questions/1/')
    get('edge version v3 study plan with params', '/api/v3/study-plan/?minutes=abc')
    get('edge version v3 format suffix', '/api/v3/questions.json')
    get('edge version v3 Accept xml', '/api/v3/questions/', accept='application/xml')
    get('edge version v3 format xml', '/api/v3/questions/?format=xml')
    req('edge version v3 OPTIONS', 'OPTIONS', '/api/v3/questions/')
    req('edge version v3 HEAD', 'HEAD', '/api/v3/questions/')
    # Content negotiation (q values ignored; the Accept parameters echoed in Content-Type).
    for label, accept in [('version param', 'application/json; version=2'), ('double semicolon', ';;'),
                          ('application/ only', 'application/'), ('text/*', 'text/*'), ('*/* q=0', '*/*;q=0'),
                          ('json q=abc', 'application/json;q=abc'), ('charset', 'application/json; charset=utf-8'),
                          ('indent abc', 'application/json; indent=abc'), ('indent -1', 'application/json; indent=-1'),
                          ('indent 100', 'application/json; indent=100'), ('indent 0', 'application/json; indent=0'),
                          ('indent and charset', 'application/json; indent=4; charset=utf-8'),
                          ('q then indent', 'application/json;q=0.5;indent=2'), ('upper case', 'APPLICATION/JSON'),
                          ('application/*', 'application/*'), ('*', '*'), ('empty', ''), ('spaces', '   '),
                          ('comma only', ','), ('xml then json', 'application/xml, application/json'),
                          ('html q=0 then json', 'text/html;q=0, application/json'),
                          ('json with spaces', ' application/json '), ('text/plain', 'text/plain'),
                          ('json suffix type', 'application/vnd.api+json'), ('html and xhtml', 'application/xhtml+xml'),
                          ('star sub', '*/json'), ('params only', ';indent=2'), ('api html param', 'text/html; indent=2'),
                          ('json and html equal', 'application/json, text/html'),
                          ('any with indent', '*/*; indent=2'), ('json charset upper', 'application/json; Charset=UTF-8')]:
        get('edge Accept %s' % label, q + '?page_size=1', accept=accept)
    get('edge Accept indent on root', v1, accept='application/json; indent=2')
    get('edge Accept xml on detail', q + '1/', accept='application/xml')
    get('edge Accept xml on study plan', v1 + 'study-plan/', accept='application/xml')
    get('edge Accept xml on missing detail', q + '999/', accept='application/xml')
    get('edge Accept xml with invalid page', q + '?page=99', accept='application/xml')
    get('edge Accept version on study plan', v1 + 'study-plan/', accept='application/json; version=v2')
    for label, query in [('empty', 'format='), ('unknown', 'format=yaml'), ('upper JSON', 'format=JSON'),
                         ('repeated takes the last', 'format=xml&format=json'),
                         ('repeated last unknown', 'format=json&format=xml'), ('space', 'format=%20json'),
                         ('api with Accept json', 'format=api'), ('blank key', 'format'),
                         ('json with page error', 'format=json&page=abc')]:
        get('edge ?format %s' % label, q + '?' + query + '&page_size=1', accept='application/json')
    get('edge format suffix with ?format', q[:-1] + '.json?format=xml&page_size=1')
    get('edge format suffix api with ?format json', q[:-1] + '.api?format=json&page_size=1')
    get('edge format suffix upper case', q[:-1] + '.JSON', compare_body=False, compare_headers=False)
    get('edge format suffix on detail with slash', q + '1.json/')
    get('edge format suffix on detail with Accept html', q + '1.json', accept='text/html')
    get('edge format suffix number', q + '1.5/')
    get('edge format suffix on missing detail', q + '999.json')
    get('edge format suffix xml on detail', q + '1.xml')
    get('edge format suffix on unknown route', v1 + 'nope.json', compare_body=False, compare_headers=False)
    get('edge format suffix on study plan', v1 + 'study-plan.json', compare_body=False, compare_headers=False)
    get('edge format suffix on users/me', v1 + 'users/me.json')
    get('edge format suffix on topics list', v1 + 'topics.json?page_size=1')
    get('edge format suffix api on root', v1 + '.api')
    get('edge format suffix xml on root', v1 + '.xml')
    get('edge format suffix on practice', q + '1/practice.json')
    # Details: primary keys as Django converts them (int()).
    for label, pk in [('zero-padded', '01'), ('plus', '%2B1'), ('negative', '-1'), ('zero', '0'),
                      ('space', '%201'), ('arabic-indic', '%D9%A2'), ('1e0', '1e0'), ('hex', '0x1'),
                      # Beyond int64 DRF answers 500 on SQLite (OverflowError): not compared.
                      ('underscore', '1_0'), ('int64 max', '9223372036854775807'), ('int32 overflow', '2147483648'),
                      ('fullwidth', '%EF%BC%93'), ('double underscore', '1__0'), ('separator', '%1C1'),
                      ('nbsp', '%C2%A01'),
                      ('trailing space', '1%20'), ('tab', '%091')]:
        get('edge question pk %s' % label, q + pk + '/')
    get('edge v2 question pk zero-padded', v2 + 'questions/007/')
    for label, slug in [('upper case', 'SERIALIZERS'), ('unicode', 'caf%C3%A9'), ('space', '%20'),
                        ('percent', '%25'), ('encoded letters', 'serial%69zers'), ('trailing space', 'views%20')]:
        get('edge topic slug %s' % label, v1 + 'topics/' + slug + '/')
    get('edge question detail with filter errors', q + '3/?level=100&frequency_rank__lte=%20')
    get('edge question detail filtered out', q + '3/?level=senior')
    get('edge question detail filtered by search', q + '3/?search=zzzz-nothing')
    get('edge question detail ordering ignored', q + '3/?ordering=-title')
    get('edge topic detail page ignored', v1 + 'topics/views/?page=abc')
    get('edge question detail with params', q + '1/?page=abc&ordering=x&search=zzz&level=bad')
    get('edge users me anonymous with params', v1 + 'users/me/?page=abc')
    get('edge attempts anonymous with bad page', v1 + 'attempts/?page=abc')
    get('edge users anonymous with format xml', v1 + 'users/?format=xml')
    get('edge users anonymous with Accept xml', v1 + 'users/', accept='application/xml')
    get('edge users anonymous with invalid token and Accept xml', v1 + 'users/', accept='application/xml',
        authorization='Token nope')
    get('edge invalid version with invalid token', '/api/v3/questions/', authorization='Token nope')
    # Study plan parameters (DRF's IntegerField and ChoiceField on the query string).
    for label, query in [('minutes spaces', 'minutes=%2030%20'), ('minutes plus', 'minutes=%2B30'),
                         ('minutes 30.0', 'minutes=30.0'), ('minutes 30.00 and space', 'minutes=30.00%20'),
                         ('minutes 30.5', 'minutes=30.5'), ('minutes arabic-indic', 'minutes=%D9%A3%D9%A0'),
                         ('minutes 1e2', 'minutes=1e2'), ('minutes negative', 'minutes=-10'),
                         ('minutes zero-padded', 'minutes=0010'), ('minutes repeated', 'minutes=30&minutes=60'),
                         ('minutes too long', 'minutes=' + '1' * 1001), ('minutes 1000 digits', 'minutes=' + '1' * 1000),
                         ('minutes underscore', 'minutes=1_0'), ('minutes huge', 'minutes=99999999999999999999'),
                         ('minutes 30.', 'minutes=30.'), ('minutes .0', 'minutes=.0'),
                         ('level SENIOR', 'level=SENIOR'), ('level space', 'level=%20mid'),
                         ('level repeated', 'level=mid&level=junior'), ('level unicode', 'level=s%C3%A9nior'),
                         ('level quote', 'level=%22x%22'), ('both bad and unknown', 'minutes=1&level=x&foo=bar'),
                         ('blank keys', 'minutes&level'), ('minutes 239 senior', 'minutes=239&level=senior'),
                         ('minutes -huge', 'minutes=-99999999999999999999'), ('minutes 40.0 nbsp', 'minutes=40.0%C2%A0'),
                         ('minutes 40.0 separator', 'minutes=40.0%1C'), ('minutes fullwidth', 'minutes=%EF%BC%94%EF%BC%90'),
                         ('minutes double underscore', 'minutes=1__0'), ('NUL values', 'level=%00&minutes=%00'), ('minutes 1e1 float text', 'minutes=10.0e0')]:
        get('edge study plan %s' % label, v1 + 'study-plan/?' + query)
    # HEAD and OPTIONS with query strings and Accept variants.
    req('edge HEAD invalid page', 'HEAD', q + '?page=abc')
    req('edge HEAD filter error', 'HEAD', q + '?level=bad')
    req('edge HEAD Accept xml', 'HEAD', q, accept='application/xml')
    req('edge HEAD format xml', 'HEAD', q + '?format=xml')
    req('edge HEAD format suffix', 'HEAD', q + '1.json')
    req('edge HEAD missing detail', 'HEAD', q + '999/')
    req('edge HEAD study plan error', 'HEAD', v1 + 'study-plan/?minutes=abc')
    req('edge HEAD html', 'HEAD', v1, accept='text/html')
    req('edge HEAD no trailing slash', 'HEAD', '/api/v1/questions?page=2')
    req('edge HEAD attempts anonymous', 'HEAD', v1 + 'attempts/')
    req('edge OPTIONS with invalid page', 'OPTIONS', q + '?page=abc&level=bad')
    req('edge OPTIONS Accept xml', 'OPTIONS', q, accept='application/xml')
    req('edge OPTIONS format xml', 'OPTIONS', q + '?format=xml')
    req('edge OPTIONS format suffix', 'OPTIONS', q + '1.json')
    req('edge OPTIONS Accept html', 'OPTIONS', q, accept='text/html')
    req('edge OPTIONS Accept indent', 'OPTIONS', q, accept='application/json; indent=2')
    req('edge OPTIONS missing detail', 'OPTIONS', q + '999/')
    req('edge OPTIONS topic missing', 'OPTIONS', v1 + 'topics/nope/')
    req('edge OPTIONS v2 questions', 'OPTIONS', v2 + 'questions/')
    req('edge OPTIONS v2 question', 'OPTIONS', v2 + 'questions/1/')
    req('edge OPTIONS users me anonymous', 'OPTIONS', v1 + 'users/me/')
    req('edge OPTIONS user anonymous', 'OPTIONS', v1 + 'users/1/')
    req('edge OPTIONS import anonymous', 'OPTIONS', q + 'import/')
    req('edge OPTIONS token', 'OPTIONS', v1 + 'auth/token/', accept='application/xml')
    req('edge OPTIONS invalid token', 'OPTIONS', q, authorization='Token nope')
    req('edge OPTIONS no trailing slash', 'OPTIONS', '/api/v1/questions')
    req('edge OPTIONS root format suffix', 'OPTIONS', v1 + '.json')
    req('edge OPTIONS study plan with params', 'OPTIONS', v1 + 'study-plan/?minutes=abc')
    # Trailing-slash redirects (Django's CommonMiddleware: the path escaped, the query string kept as sent).
    for label, path in [('repeated keys', '/api/v1/questions?page=2&page=3'),
                        ('encoded characters', '/api/v1/questions?q=%2F%3F%26%3D&x=%E2%9C%93'),
                        ('plus and space', '/api/v1/questions?search=a+b%20c'),
                        ('empty query', '/api/v1/questions?'), ('blank key', '/api/v1/questions?page'),
                        ('detail', '/api/v1/questions/1'), ('detail not an id', '/api/v1/questions/abc'),
                        ('encoded slug letters', '/api/v1/topics/serial%69zers'),
                        ('unicode slug', '/api/v1/topics/caf%C3%A9'), ('invalid version', '/api/v3/questions'),
                        ('version root', '/api/v1'),  ('users/me', '/api/v1/users/me'),
                        ('practice', '/api/v1/questions/1/practice'), ('import', '/api/v1/questions/import'),
                        ('token', '/api/v1/auth/token'), ('tilde in slug', '/api/v1/topics/a~b'),
                        ('quote in slug', "/api/v1/topics/a'b"), ('encoded quote', '/api/v1/topics/a%22b'),
                        ('semicolon in query', '/api/v1/questions?a=1;b=2'),
                        ('format suffix', '/api/v1/questions.json'), ('encoded percent', '/api/v1/topics/a%25b'),
                        ('encoded space', '/api/v1/topics/a%20b'), ('raw quote in query', '/api/v1/questions?a="b"'),
                        ('raw specials in query', '/api/v1/questions?a=<x>&b={y}|^`\\'),
                        ('encoded unicode in query', '/api/v1/questions?t=%C3%A9&u=%E2%9C%93'),
                        ('encoded hash in query', '/api/v1/questions?a=%23b'),
                        ('astral slug', '/api/v1/topics/%F0%9F%98%80')]:
        get('edge redirect %s' % label, path)
    # Django decodes %2F before routing: these paths match no route there (404, body not compared).
    for label, path in [('encoded slash', '/api/v1/topics/a%2Fb'), ('encoded slash lower', '/api/v1/topics/a%2fb')]:
        get('edge redirect %s' % label, path, compare_body=False, compare_headers=False)
    # WSGI decodes %2F before Django routes the path.
    get('edge path encoded slash list', '/api/v1/questions%2F?page_size=1')
    get('edge path encoded slash detail redirect', '/api/v1/questions%2F1')
    get('edge path encoded slash detail', '/api/v1/questions%2f1%2F')
    get('edge path encoded slash version', '/api%2Fv1%2Ftopics%2F?page_size=1')
    req('edge path encoded slash OPTIONS', 'OPTIONS', '/api/v1/topics%2Fviews%2F')
    get('edge unrouted api only', '/api', compare_body=False, compare_headers=False)
    get('edge unrouted double slash redirect', '/api/v1/questions//1', compare_body=False, compare_headers=False)
    get('edge unrouted double slash', '/api/v1/questions//', compare_body=False, compare_headers=False)
    get('edge unrouted dotted id', '/api/v1/questions/1.2.3/', compare_body=False, compare_headers=False)
    # Pagination links rebuilt from odd query strings (parse_qs + urlencode, sorted).
    for label, query in [('invalid percent', 'a=%zz&page=2'), ('broken utf-8', 'a=%C3&page=2'),
                         ('plus in key', 'a+b=1&page=2'), ('empty key', '=5&page=2'),
                         ('semicolon', 'a=1;b=2&page=2'), ('tilde star', 'a=~*&page=2'),
                         ('only page 1', 'page=1'), ('page 1 with other', 'page=1&x=y'),
                         ('upper Page', 'Page=2&page_size=5'), ('encoded page key', '%70age=2'),
                         ('encoded equals', 'page%3D2'), ('long value', 'x=' + 'y' * 500 + '&page=2')]:
        get('edge links %s' % label, q + '?' + query)
    # Query names are case-sensitive; values are decoded as UTF-8 with invalid bytes replaced (Django's QueryDict).
    for label, query in [('LEVEL', 'LEVEL=bad'), ('Search', 'Search=zzzz'), ('ORDERING', 'ORDERING=-title'),
                         ('Format', 'Format=xml'), ('Page_Size', 'Page_Size=1'), ('PAGE', 'PAGE=abc'),
                         ('Frequency_Rank__gte', 'Frequency_Rank__gte=x'), ('level broken utf-8', 'level=%C3'),
                         ('level invalid escape', 'level=%zz'), ('search broken utf-8', 'search=%C3'),
                         ('search invalid escape', 'search=%zz'), ('topic slug broken utf-8', 'topic__slug=%FF'),
                         ('ordering broken utf-8', 'ordering=%C3title'), ('page broken utf-8', 'page=%C3'),
                         ('rank broken utf-8', 'frequency_rank__gte=%C3%A9'), ('format broken utf-8', 'format=%C3'),
                         ('key broken utf-8', '%C3=1&page=2'), ('plus in level', 'level=sen+ior')]:
        get('edge query %s' % label, q + '?' + query)
    get('edge study plan Minutes', v1 + 'study-plan/?Minutes=abc&LEVEL=x')
    get('edge study plan broken utf-8', v1 + 'study-plan/?level=%C3&minutes=%FF')
    # Authorization headers read by TokenAuthentication (keyword case-insensitive, split on whitespace).
    for label, value in [('lower keyword', 'token abc'), ('upper keyword', 'TOKEN abc'), ('two spaces', 'Token  abc'),
                         ('tab', 'Token\tabc'), ('three parts', 'Token a b'), ('keyword only', 'Token'),
                         ('keyword and space', 'Token '), ('empty', ''), ('other scheme', 'Basic YWxhZG1pbjpw'),
                         ('non-ascii', 'Token \u00e9t\u00e9'), ('token prefix word', 'Tokens abc'),
                         ('leading space', ' Token abc')]:
        get('edge authorization %s' % label, q + '?page_size=1', authorization=value)
    req('edge authorization invalid on OPTIONS', 'OPTIONS', v1 + 'topics/', authorization='Token abc')
    req('edge authorization invalid on HEAD', 'HEAD', v1 + 'topics/', authorization='token abc')
    get('edge authorization invalid on invalid page', q + '?page=abc', authorization='Token abc')
    get('edge authorization invalid on study plan', v1 + 'study-plan/', authorization='Token a b')
    get('edge session cookie junk', q + '?page_size=1', headers={'Cookie': 'sessionid=junk; csrftoken=x'})
    get('edge accept-language', q + '?level=bad', headers={'Accept-Language': 'fr'})
    # Bodies on safe methods are never parsed.
    get('edge GET with malformed JSON body', q + '?page_size=1', body=b'{bad', content_type='application/json')
    get('edge GET with unsupported body', q + '?page_size=1', body=b'x', content_type='text/plain')
    req('edge OPTIONS with malformed JSON body', 'OPTIONS', q, body=b'{bad', content_type='application/json')
    req('edge HEAD with body', 'HEAD', q, body=b'{bad', content_type='application/json')
    get('edge study plan with body', v1 + 'study-plan/?minutes=20', body=b'minutes=abc',
        content_type='application/x-www-form-urlencoded')
    # Accept precedence: parameters rank above plain types, q is ignored, renderer order breaks ties.
    for label, accept in [('html with params first', 'text/html;x=1, application/json'),
                          ('json q then html level', 'application/json;q=0.5, text/html;level=1'),
                          ('html q high json q low', 'text/html;q=0.9, application/json;q=0.1'),
                          ('any then html', '*/*, text/html'), ('text/* then json', 'text/*, application/json'),
                          ('xml html', 'application/xml, text/html'), ('html indent', 'text/html; indent=4')]:
        get('edge Accept order %s' % label, q + '?page_size=1', accept=accept)
    get('edge HTML error 404', q + '999/', accept='text/html')
    get('edge HTML error 400', q + '?level=bad', accept='text/html')
    get('edge ?format=api invalid page', q + '?format=api&page=abc')
    get('edge ?format=api on invalid version', '/api/v3/questions/?format=api')
    get('edge v2 format suffix detail', v2 + 'questions/1.json')
    get('edge v2 root format suffix', v2 + '.json')
    get('edge v2 study plan Accept xml', v2 + 'study-plan/', accept='application/xml')
    get('edge topics invalid page', v1 + 'topics/?page=abc')
    get('edge topics page_size 1 last', v1 + 'topics/?page_size=1&page=last')
    get('edge topic slug format suffix upper', v1 + 'topics/views.JSON', compare_body=False, compare_headers=False)
    get('edge detail trailing dot', q + '1./', compare_body=False, compare_headers=False)
    get('edge users/me format suffix api anonymous', v1 + 'users/me.api')
    get('edge attempts detail anonymous', v1 + 'attempts/1/')
    get('edge users detail anonymous format xml', v1 + 'users/1/?format=xml')
    # Host headers checked against ALLOWED_HOSTS (the port ignored, a trailing dot dropped, case-insensitive).
    for label, host in [('not allowed', 'evil.com'), ('other port', 'localhost:1'), ('upper case', 'LOCALHOST'),
                        ('trailing dot', '127.0.0.1.'), ('trailing dot and port', 'LOCALHOST.:80'), ('ipv6', '[::1]'),
                        ('testserver', 'testserver'), ('empty', ''), ('allowed suffix', 'evil.localhost')]:
        get('edge Host %s' % label, v1 + 'topics/?page_size=1', headers={'Host': host})
    # Malformed Host headers: Kestrel refuses them before the application, without a Content-Type (Django's page is HTML).
    for label, host in [('bad port', 'localhost:abc'), ('userinfo', 'user@localhost'), ('two hosts', 'localhost,evil.com')]:
        get('edge Host %s' % label, v1, headers={'Host': host}, compare_body=False, compare_headers=False)
    # Django upper-cases the method; only "HEAD" itself is answered without a body by the server.
    for method in ('get', 'Get', 'head', 'options'):
        req('edge method %s' % method, method, v1 + 'topics/?page_size=1')
    get('edge method override header ignored', v1 + 'topics/?page_size=1', headers={'X-HTTP-Method-Override': 'DELETE'})
    get('edge _method param ignored', v1 + 'topics/?page_size=1&_method=DELETE')
    # Paths as Django's resolver sees them: literals case-sensitive, dot segments and empty segments kept (all 404).
    for label, path in [('upper api', '/API/v1/questions/'), ('upper route', '/api/v1/Questions/'),
                        ('upper route no slash', '/api/v1/Questions'), ('upper suffix route', '/api/v1/QUESTIONS.json'),
                        ('dot dot', '/api/v1/questions/../topics/'), ('dot', '/api/v1/./questions/'),
                        ('encoded dot dot', '/api/v1/questions/%2e%2E/'), ('trailing dot dot', '/api/v1/questions/1/..'),
                        ('trailing dot', '/api/v1/questions/1/.'), ('half encoded dots', '/api/v1/topics/.%2e'),
                        ('empty segment', '/api/v1//questions/'), ('empty version segment', '/api//v1/questions/'),
                        ('leading double slash', '//api/v1/questions/'), ('double format suffix', '/api/v1/questions.json.json'),
                        ('token format suffix', '/api/v1/auth/token.json')]:
        get('edge path %s' % label, path, compare_body=False, compare_headers=False)
    req('edge path upper route OPTIONS', 'OPTIONS', '/api/v1/Topics/', compare_body=False, compare_headers=False)
    req('edge path dot dot HEAD', 'HEAD', '/api/v1/topics/../questions/', compare_body=False, compare_headers=False)
    get('edge path encoded letters', '/api/v1/%71uestions/?page_size=1')
    get('edge path encoded version no slash', '/api/%7631/questions')
    get('edge path semicolon segment', '/api/v1/questions/;x=1')
    get('edge path semicolon segment with slash', '/api/v1/questions/;x=1/')
    get('edge path triple dots slug', '/api/v1/topics/.../', compare_body=False, compare_headers=False)
    # More negotiation and routing on safe methods.
    for label, path, accept in [
            ('format=api invalid page', '/api/v1/questions/?format=api&page=abc', None),
            ('format json then empty', '/api/v1/questions/?format=json&format=&page_size=1', None),
            ('format=api with Accept json', '/api/v1/questions/?format=api&page_size=1', 'application/json'),
            ('topic format xml', '/api/v1/topics/views/?format=xml', None), ('root suffix with slash', '/api/v1/.json/', None),
            ('import suffix', '/api/v1/questions/import.json', None), ('practice format xml', '/api/v1/questions/1/practice/?format=xml', None),
            ('users/me format xml', '/api/v1/users/me/?format=xml', None),
            ('404 indent', '/api/v1/questions/999/', 'application/json; indent=2'),
            ('401 indent', '/api/v1/users/', 'application/json; indent=2'),
            ('indent no space', '/api/v1/questions/?page_size=1', 'application/json;indent=2'),
            ('space before semicolon', '/api/v1/questions/?page_size=1', 'application/json ; indent=2'),
            ('indent then q', '/api/v1/questions/?page_size=1', 'application/json;indent=2;q=0.5'),
            ('quoted indent', '/api/v1/questions/?page_size=1', 'application/json; indent="2"'),
            ('params json before html', '/api/v1/questions/?page_size=1', 'application/json; indent=2, text/html'),
            ('html before params json', '/api/v1/questions/?page_size=1', 'text/html, application/json; indent=2'),
            ('two params', '/api/v1/questions/?page_size=1', 'application/json; a=1; b=2'),
            ('trailing semicolon', '/api/v1/questions/?page_size=1', 'application/json;'),
            ('param without name', '/api/v1/questions/?page_size=1', 'application/json; =x'),
            ('param without value', '/api/v1/questions/?page_size=1', 'application/json; indent'),
            ('q then indent', '/api/v1/questions/?page_size=1', 'application/json; q=1; indent=3'),
            ('upper param', '/api/v1/questions/?page_size=1', 'application/json; INDENT=3'),
            ('html q=0', '/api/v1/questions/?page_size=1', 'text/html; q=0'),
            ('study plan api', '/api/v1/study-plan/?format=api', None),
            ('study plan html error', '/api/v1/study-plan/?minutes=abc', 'text/html'),
            ('token GET html', '/api/v1/auth/token/', 'text/html'), ('token GET api', '/api/v1/auth/token/?format=api', None),
            ('signup GET api', '/api/v1/auth/signup/?format=api', None), ('users html', '/api/v1/users/', 'text/html'),
            ('invalid version html', '/api/v3/', 'text/html'), ('detail api', '/api/v1/questions/1/?format=api', None)]:
        get('edge negotiation %s' % label, path, accept=accept)
    for label, query in [('page_size 0 page 2', 'page_size=0&page=2'), ('empty result last', 'topic__slug=nope&page=last'),
                         ('empty result page 2', 'topic__slug=nope&page=2'), ('empty result page 1', 'topic__slug=nope&page=1'),
                         ('empty result page 0', 'topic__slug=nope&page=0'), ('search then empty', 'search=a&search='),
                         ('ordering then empty', 'ordering=title&ordering=&page_size=3')]:
        get('edge list %s' % label, q + '?' + query)
    req('edge OPTIONS format api', 'OPTIONS', q + '?format=api')
    req('edge OPTIONS html', 'OPTIONS', v1 + 'auth/signup/', accept='text/html')
    req('edge OPTIONS attempt anonymous', 'OPTIONS', v1 + 'attempts/1/')
    req('edge OPTIONS import suffix', 'OPTIONS', q + 'import.json')
    req('edge HEAD users/me anonymous', 'HEAD', v1 + 'users/me/')
    req('edge HEAD signup', 'HEAD', v1 + 'auth/signup/')
    get('edge attempts not an id anonymous', v1 + 'attempts/abc/')
    get('edge users not an id anonymous', v1 + 'users/abc/')
    get('edge users/me invalid token', v1 + 'users/me/', authorization='Token abc')
    # Headers of error responses.
    get('edge headers 404 detail', q + '999/')
    get('edge headers 400 filter', q + '?level=bad')
    get('edge headers 404 invalid page', q + '?page=999')
    get('edge headers 406', q, accept='application/xml')
    get('edge headers 401 users', v1 + 'users/')
    get('edge headers 401 users invalid token', v1 + 'users/', authorization='Token abc')
    get('edge headers 404 study plan version', '/api/v7/study-plan/')

    # v2 representation, details, format suffixes.
    get('v2 questions', v2 + 'questions/?page_size=15')
    get('v2 question detail occasional', v2 + 'questions/13/')
    get('v2 question detail common', v2 + 'questions/7/')
    get('question detail', v1 + 'questions/1/')
    get('question detail last', v1 + 'questions/23/')
    get('question detail missing', v1 + 'questions/999/')
    get('question detail not an id', v1 + 'questions/abc/')
    get('questions format suffix json', v1 + 'questions.json')
    get('question format suffix json', v1 + 'questions/1.json')
    get('question detail ?format=json', v1 + 'questions/1/?format=json')
    get('questions ?format=api', v1 + 'questions/?format=api')
    get('question format suffix api', v1 + 'questions/1.api')
    get('questions ?format=xml', v1 + 'questions/?format=xml')
    get('questions format suffix xml', v1 + 'questions.xml')
    get('questions Accept xml is 406', v1 + 'questions/', accept='application/xml')
    get('questions Accept json', v1 + 'questions/?page_size=2', accept='application/json')
    get('questions Accept any', v1 + 'questions/?page_size=2', accept='*/*')
    get('questions Accept html', v1 + 'questions/?page_size=2', accept='text/html')
    get('questions Accept html and json', v1 + 'questions/?page_size=2', accept='text/html;q=0.5, application/json')
    get('questions ?format=json with Accept html is 406', v1 + 'questions/?format=json&page_size=2', accept='text/html')
    get('questions Accept json with params', v1 + 'questions/?page_size=1', accept='application/json; indent=2')
    # Topics.
    get('topics list', v1 + 'topics/')
    get('topics page 2', v1 + 'topics/?page=2')
    get('topic by slug', v1 + 'topics/serializers/')
    get('topic unknown slug', v1 + 'topics/nope/')
    get('topic by id is 404', v1 + 'topics/1/')
    get('topic format suffix', v1 + 'topics/views.json')
    # Study plan.
    get('study plan default', v1 + 'study-plan/')
    get('study plan 60 minutes mid', v1 + 'study-plan/?minutes=60&level=mid')
    get('study plan 240 senior', v1 + 'study-plan/?minutes=240&level=senior')
    get('study plan 10 junior', v1 + 'study-plan/?minutes=10&level=junior')
    get('study plan 45 minutes', v1 + 'study-plan/?minutes=45')
    get('study plan v2', v2 + 'study-plan/?minutes=20')
    get('study plan minutes too small', v1 + 'study-plan/?minutes=5')
    get('study plan minutes too large', v1 + 'study-plan/?minutes=241')
    get('study plan minutes not a number', v1 + 'study-plan/?minutes=abc')
    get('study plan minutes empty', v1 + 'study-plan/?minutes=')
    get('study plan level unknown', v1 + 'study-plan/?level=expert')
    get('study plan level empty', v1 + 'study-plan/?level=')
    get('study plan two errors', v1 + 'study-plan/?minutes=abc&level=expert')
    get('study plan invalid version', '/api/v9/study-plan/')
    # Trailing slash, unrouted paths, HEAD.
    get('no trailing slash redirects', '/api/v1/questions')
    get('no trailing slash redirect keeps query', '/api/v1/questions?page=2&level=mid')
    get('no trailing slash on detail', '/api/v1/topics/serializers')
    get('no trailing slash on study plan', '/api/v1/study-plan')
    get('unrouted path', '/api/v1/nope/', compare_body=False, compare_headers=False)
    get('path outside api', '/nope/', compare_body=False, compare_headers=False)
    req('HEAD questions', 'HEAD', v1 + 'questions/')
    req('HEAD question detail', 'HEAD', v1 + 'questions/1/')
    req('HEAD study plan', 'HEAD', v1 + 'study-plan/')
    req('HEAD root', 'HEAD', v1)
    req('HEAD users anonymous is 401', 'HEAD', v1 + 'users/')
    # OPTIONS, anonymous.
    req('OPTIONS root', 'OPTIONS', v1)
    req('OPTIONS questions anonymous', 'OPTIONS', v1 + 'questions/')
    req('OPTIONS question anonymous', 'OPTIONS', v1 + 'questions/1/')
    req('OPTIONS topics anonymous', 'OPTIONS', v1 + 'topics/')
    req('OPTIONS topic anonymous', 'OPTIONS', v1 + 'topics/serializers/')
    req('OPTIONS study plan', 'OPTIONS', v1 + 'study-plan/')
    req('OPTIONS signup', 'OPTIONS', v1 + 'auth/signup/')
    req('OPTIONS users anonymous is 401', 'OPTIONS', v1 + 'users/')
    req('OPTIONS attempts anonymous is 401', 'OPTIONS', v1 + 'attempts/')
    req('OPTIONS practice anonymous is 401', 'OPTIONS', v1 + 'questions/1/practice/')
    # 405 and 401 before 405.
    req('PUT study plan is 405', 'PUT', v1 + 'study-plan/', json_body={})
    req('DELETE questions anonymous is 401', 'DELETE', v1 + 'questions/')
    req('POST root anonymous is 401', 'POST', v1, json_body={})

    # Signup.
    req('signup empty body', 'POST', v1 + 'auth/signup/', json_body={})
    req('signup alice', 'POST', v1 + 'auth/signup/', json_body={
        'username': 'alice', 'email': 'alice@example.com', 'password': 'alice-pass-1',
        'password_confirm': 'alice-pass-1'})
    req('signup bob (form)', 'POST', v1 + 'auth/signup/', form={
        'username': 'bob', 'email': 'bob@example.com', 'password': 'bob-pass-12', 'password_confirm': 'bob-pass-12'})
    req('signup duplicate username', 'POST', v1 + 'auth/signup/', json_body={
        'username': 'alice', 'email': 'other@example.com', 'password': 'whatever-1', 'password_confirm': 'whatever-1'})
    req('signup invalid email', 'POST', v1 + 'auth/signup/', json_body={
        'username': 'carol', 'email': 'not-an-email', 'password': 'carol-pass-1', 'password_confirm': 'carol-pass-1'})
    req('signup short password', 'POST', v1 + 'auth/signup/', json_body={
        'username': 'carol', 'email': 'carol@example.com', 'password': 'short', 'password_confirm': 'other'})
    req('signup passwords differ', 'POST', v1 + 'auth/signup/', json_body={
        'username': 'carol', 'email': 'carol@example.com', 'password': 'carol-pass-1',
        'password_confirm': 'carol-pass-2'})
    req('signup username too long', 'POST', v1 + 'auth/signup/', json_body={
        'username': 'u' * 151, 'email': 'long@example.com', 'password': 'long-pass-1',
        'password_confirm': 'long-pass-1'})
    req('signup blank and null fields', 'POST', v1 + 'auth/signup/', json_body={
        'username': '', 'email': None, 'password': '', 'password_confirm': 'x'})
    req('signup malformed JSON', 'POST', v1 + 'auth/signup/', body=b'{"username": ', content_type='application/json')
    req('signup GET is 405', 'GET', v1 + 'auth/signup/')

    # Token: five anonymous requests (the login rate), then the sixth is throttled.
    req('token admin (json)', 'POST', v1 + 'auth/token/', json_body=admin_login, save_token='admin')
    req('token alice (form)', 'POST', v1 + 'auth/token/', form=alice_login, save_token='alice')
    req('token bob (multipart)', 'POST', v1 + 'auth/token/', save_token='bob', multipart=[
        ('username', None, None, b'bob'), ('password', None, None, b'bob-pass-12')])
    req('token bad credentials', 'POST', v1 + 'auth/token/', json_body={'username': 'alice', 'password': 'wrong'})
    req('token missing fields', 'POST', v1 + 'auth/token/', json_body={})
    req('token sixth anonymous request is throttled', 'POST', v1 + 'auth/token/', json_body=alice_login)
    req('token X-Forwarded-For is not trusted', 'POST', v1 + 'auth/token/', json_body=alice_login,
        headers={'X-Forwarded-For': '203.0.113.7'})
    # Token requests by an authenticated user are counted per user.
    req('token again gives the same key', 'POST', v1 + 'auth/token/', auth='admin', json_body=admin_login)
    req('token GET is 405', 'GET', v1 + 'auth/token/', auth='admin')
    req('token OPTIONS', 'OPTIONS', v1 + 'auth/token/', auth='admin')
    req('token text/plain is 415', 'POST', v1 + 'auth/token/', auth='admin', body=b'username=x',
        content_type='text/plain')
    req('token malformed JSON', 'POST', v1 + 'auth/token/', auth='admin', body=b'{bad json}',
        content_type='application/json')
    req('token Accept html is 406', 'POST', v1 + 'auth/token/', auth='alice', json_body=alice_login,
        accept='text/html')

    # Authentication failures, users, 401 versus 403.
    get('invalid token', v1 + 'questions/', authorization='Token 0123456789abcdef0123456789abcdef01234567')
    get('token header without key', v1 + 'questions/', authorization='Token')
    get('token header with spaces', v1 + 'questions/', authorization='Token abc def')
    get('other scheme is anonymous', v1 + 'questions/?page_size=1', authorization='Bearer abc')
    get('users anonymous is 401', v1 + 'users/')
    get('users as alice is 403', v1 + 'users/', auth='alice')
    get('users as admin', v1 + 'users/', auth='admin')
    get('user detail as admin', v1 + 'users/2/', auth='admin')
    get('user detail as alice is 403', v1 + 'users/2/', auth='alice')
    get('user detail missing', v1 + 'users/99/', auth='admin')
    get('users/me anonymous is 401', v1 + 'users/me/')
    get('users/me as alice', v1 + 'users/me/', auth='alice')
    get('users/me as admin', v1 + 'users/me/', auth='admin')
    get('users/me v2 as bob', v2 + 'users/me/', auth='bob')
    req('users POST is 405', 'POST', v1 + 'users/', auth='admin', json_body={})
    req('users/me POST is 405', 'POST', v1 + 'users/me/', auth='alice', json_body={})
    req('OPTIONS users as admin', 'OPTIONS', v1 + 'users/', auth='admin')
    req('OPTIONS users/me as alice', 'OPTIONS', v1 + 'users/me/', auth='alice')
    req('OPTIONS user detail as admin', 'OPTIONS', v1 + 'users/1/', auth='admin')

    # Topics: writes.
    caching = {'name': 'Caching', 'slug': 'caching', 'description': 'Cache things.'}
    req('create topic anonymous is 401', 'POST', v1 + 'topics/', json_body=caching)
    req('create topic as alice is 403', 'POST', v1 + 'topics/', auth='alice', json_body=caching)
    req('create topic', 'POST', v1 + 'topics/', auth='admin', json_body=caching)
    req('create topic duplicate', 'POST', v1 + 'topics/', auth='admin', json_body=caching)
    req('create topic bad slug, no name', 'POST', v1 + 'topics/', auth='admin', json_body={'slug': 'not a slug!'})
    req('create topic name too long', 'POST', v1 + 'topics/', auth='admin', json_body={
        'name': 'n' * 101, 'slug': 's' * 51})
    req('create topic (form)', 'POST', v1 + 'topics/', auth='admin', form={'name': 'Form topic', 'slug': 'form-topic'})
    req('update topic PATCH', 'PATCH', v1 + 'topics/caching/', auth='admin', json_body={'description': 'Updated.'})
    req('update topic PUT', 'PUT', v1 + 'topics/caching/', auth='admin', json_body={
        'name': 'Caching and CDNs', 'slug': 'caching'})
    req('update topic PUT missing fields', 'PUT', v1 + 'topics/caching/', auth='admin', json_body={})
    req('rename topic slug', 'PATCH', v1 + 'topics/form-topic/', auth='admin', json_body={'slug': 'form-topic-2'})
    get('topic by new slug', v1 + 'topics/form-topic-2/')
    get('topic by old slug is 404', v1 + 'topics/form-topic/')
    req('delete topic with questions is 409', 'DELETE', v1 + 'topics/serializers/', auth='admin')
    get('topic with questions still there', v1 + 'topics/serializers/')
    req('delete topic as alice is 403', 'DELETE', v1 + 'topics/form-topic-2/', auth='alice')
    req('delete topic', 'DELETE', v1 + 'topics/form-topic-2/', auth='admin')
    get('deleted topic is 404', v1 + 'topics/form-topic-2/')
    req('delete topic missing', 'DELETE', v1 + 'topics/form-topic-2/', auth='admin')
    req('topics DELETE on list is 405', 'DELETE', v1 + 'topics/', auth='admin')
    req('create topic text/plain is 415', 'POST', v1 + 'topics/', auth='admin', body=b'name=x',
        content_type='text/plain')
    req('create topic malformed JSON', 'POST', v1 + 'topics/', auth='admin', body=b'{"name": "x",}',
        content_type='application/json')
    req('OPTIONS topics as admin', 'OPTIONS', v1 + 'topics/', auth='admin')
    req('OPTIONS topic as admin', 'OPTIONS', v1 + 'topics/caching/', auth='admin')
    get('topics list after writes', v1 + 'topics/?page=2', auth='admin')

    # Questions: writes and validation.
    scope_question = {
        'title': 'What is a throttle scope?', 'level': 'junior', 'frequency_rank': 24, 'topic': 'caching',
        'answer': 'A named rate shared by the views that declare it.', 'key_points': ['scope', 'rate|limit'],
        'red_flags': [{'text': 'never heard of it'}, {'text': 'no idea'}],
    }
    req('create question anonymous is 401', 'POST', v1 + 'questions/', json_body=scope_question)
    req('create question as alice is 403', 'POST', v1 + 'questions/', auth='alice', json_body=scope_question)
    req('create question', 'POST', v1 + 'questions/', auth='admin', json_body=scope_question)
    req('create question v2', 'POST', v2 + 'questions/', auth='admin', json_body={
        'title': 'How do you cache a list endpoint?', 'level': 'mid', 'frequency_rank': 8, 'topic': 'caching',
        'answer': 'Cache per query string and user; invalidate on writes.', 'follow_up': 'What about Vary?',
        'key_points': ['query string|params', 'invalidat'], 'red_flags': [{'text': 'cache everything forever'}]})
    req('create question (form, no lists)', 'POST', v1 + 'questions/', auth='admin', form={
        'title': 'Is form input accepted?', 'level': 'junior', 'frequency_rank': '30', 'topic': 'caching',
        'answer': 'Yes, by FormParser.'})
    req('create question title without question mark', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='Explain throttle scopes.'))
    req('create question duplicate title', 'POST', v1 + 'questions/', auth='admin', json_body=scope_question)
    req('create question duplicate title and bad level', 'POST', v1 + 'questions/', auth='admin',
        json_body=dict(scope_question, title='Is form input accepted?', level='expert'))
    req('create senior question without key points', 'POST', v1 + 'questions/', auth='admin', json_body={
        'title': 'How would you shard throttles?', 'level': 'senior', 'frequency_rank': 40, 'topic': 'caching',
        'answer': 'Carefully.'})
    req('create senior question with empty key points', 'POST', v1 + 'questions/', auth='admin', json_body={
        'title': 'How would you shard throttles?', 'level': 'senior', 'frequency_rank': 40, 'topic': 'caching',
        'answer': 'Carefully.', 'key_points': []})
    req('create question bad level', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='What is a bad level?', level='expert'))
    req('create question frequency_rank 0', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='What is rank zero?', frequency_rank=0))
    req('create question frequency_rank not a number', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='What is rank abc?', frequency_rank='abc'))
    req('create question empty body', 'POST', v1 + 'questions/', auth='admin', json_body={})
    req('create question nulls and blanks', 'POST', v1 + 'questions/', auth='admin', json_body={
        'title': '', 'level': None, 'frequency_rank': None, 'topic': None, 'answer': '', 'follow_up': None})
    req('create question unknown topic', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='Which topic is this?', topic='nope'))
    req('create question key_points not a list', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='Are key points a list?', key_points='scope'))
    req('create question key point too long', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='Is this key point too long?', key_points=['ok', 'k' * 201]))
    req('create question red_flags not a list', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='Are red flags a list?', red_flags={'text': 'x'}))
    req('create question red flag blank', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='Is a blank red flag allowed?', red_flags=[{'text': 'fine'}, {'text': ''}, {}]))
    req('create question several errors', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='Many errors', level='expert', frequency_rank=0))
    req('create question title too long', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, title='t' * 200 + '?'))
    req('create question ignores read-only fields', 'POST', v1 + 'questions/', auth='admin', json_body=dict(
        scope_question, id=777, title='Are read-only fields ignored?', created_at='2000-01-01T00:00:00Z',
        url='http://example.com/', red_flags=[{'id': 999, 'text': 'kept'}]))
    req('create question malformed JSON', 'POST', v1 + 'questions/', auth='admin', body=b'[1, 2',
        content_type='application/json')
    req('create question JSON list body', 'POST', v1 + 'questions/', auth='admin', json_body=[1, 2])
    get('created question', v1 + 'questions/24/')
    get('created question v2', v2 + 'questions/24/')
    req('patch question follow_up keeps red flags', 'PATCH', v1 + 'questions/24/', auth='admin', json_body={
        'follow_up': 'Which scopes do you know?'})
    req('patch question replaces red flags', 'PATCH', v1 + 'questions/24/', auth='admin', json_body={
        'red_flags': [{'text': 'rate limits are security'}]})
    req('patch question to senior keeps key points', 'PATCH', v1 + 'questions/24/', auth='admin', json_body={
        'level': 'senior'})
    req('patch senior question without key points', 'PATCH', v1 + 'questions/24/', auth='admin', json_body={
        'key_points': []})
    req('patch question as alice is 403', 'PATCH', v1 + 'questions/24/', auth='alice', json_body={'level': 'mid'})
    req('patch question missing', 'PATCH', v1 + 'questions/999/', auth='admin', json_body={'level': 'mid'})
    req('patch question malformed JSON', 'PATCH', v1 + 'questions/24/', auth='admin', body=b'{',
        content_type='application/json')
    req('put question', 'PUT', v1 + 'questions/24/', auth='admin', json_body=dict(
        scope_question, level='mid', frequency_rank=12, key_points=['scope', 'rate|limit', 'cache']))
    req('put question missing fields', 'PUT', v1 + 'questions/24/', auth='admin', json_body={'title': 'Only?'})
    req('put question v2', 'PUT', v2 + 'questions/24/', auth='admin', json_body=dict(
        scope_question, frequency_rank=5))
    req('put question anonymous is 401', 'PUT', v1 + 'questions/24/', json_body=scope_question)
    req('questions DELETE on list is 405', 'DELETE', v1 + 'questions/', auth='admin')
    req('OPTIONS questions as admin', 'OPTIONS', v1 + 'questions/', auth='admin')
    req('OPTIONS questions v2 as admin', 'OPTIONS', v2 + 'questions/', auth='admin')
    req('OPTIONS question as admin', 'OPTIONS', v1 + 'questions/24/', auth='admin')
    req('OPTIONS question as alice', 'OPTIONS', v1 + 'questions/24/', auth='alice')
    get('questions sorted after writes', v1 + 'questions/?ordering=-frequency_rank&page_size=5')

    # Practice and attempts.
    good = ('Serializers validate input, content negotiation picks the renderer, permissions guard access '
            'and the browsable API helps.')
    req('practice anonymous is 401', 'POST', v1 + 'questions/1/practice/', json_body={'answer': good})
    req('practice full marks', 'POST', v1 + 'questions/1/practice/', auth='alice', json_body={'answer': good})
    req('practice partial with red flag', 'POST', v1 + 'questions/1/practice/', auth='alice', json_body={
        'answer': "It's just Django with SERIALIZERS."})
    req('practice floor at zero', 'POST', v1 + 'questions/1/practice/', auth='bob', json_body={
        'answer': "I just used it; it's just Django."})
    req('practice created question', 'POST', v1 + 'questions/24/practice/', auth='alice', json_body={
        'answer': 'A scope names a limit; no idea about the rest.'})
    req('practice question without key points', 'POST', v1 + 'questions/26/practice/', auth='alice',
        json_body={'answer': 'Yes.'})
    req('practice as admin (form)', 'POST', v1 + 'questions/2/practice/', auth='admin', form={
        'answer': 'ModelSerializer generates fields and validators from the model.'})
    req('practice v2', 'POST', v2 + 'questions/3/practice/', auth='bob', json_body={'answer': 'validate_<field>'})
    req('practice blank answer', 'POST', v1 + 'questions/1/practice/', auth='alice', json_body={'answer': ''})
    req('practice missing answer', 'POST', v1 + 'questions/1/practice/', auth='alice', json_body={})
    req('practice null answer', 'POST', v1 + 'questions/1/practice/', auth='alice', json_body={'answer': None})
    req('practice answer too long', 'POST', v1 + 'questions/1/practice/', auth='alice', json_body={
        'answer': 'a' * 5001})
    req('practice missing question', 'POST', v1 + 'questions/999/practice/', auth='alice', json_body={
        'answer': 'x'})
    req('practice GET is 405', 'GET', v1 + 'questions/1/practice/', auth='alice')
    req('practice GET anonymous is 401', 'GET', v1 + 'questions/1/practice/')
    req('OPTIONS practice as alice', 'OPTIONS', v1 + 'questions/1/practice/', auth='alice')
    get('attempts anonymous is 401', v1 + 'attempts/')
    get('attempts of alice', v1 + 'attempts/', auth='alice')
    get('attempts of bob', v1 + 'attempts/', auth='bob')
    get('attempts of admin', v1 + 'attempts/', auth='admin')
    get('attempt of alice', v1 + 'attempts/1/', auth='alice')
    get("another user's attempt is 404", v1 + 'attempts/1/', auth='bob')
    req("delete another user's attempt is 404", 'DELETE', v1 + 'attempts/1/', auth='bob')
    req('delete own attempt', 'DELETE', v1 + 'attempts/1/', auth='alice')
    get('deleted attempt is 404', v1 + 'attempts/1/', auth='alice')
    req('attempts POST is 405', 'POST', v1 + 'attempts/', auth='alice', json_body={'answer': 'x'})
    req('attempt PUT is 405', 'PUT', v1 + 'attempts/2/', auth='alice', json_body={'answer': 'x'})
    req('OPTIONS attempts as alice', 'OPTIONS', v1 + 'attempts/', auth='alice')
    req('OPTIONS attempt as alice', 'OPTIONS', v1 + 'attempts/2/', auth='alice')
    get('attempts page_size 2', v1 + 'attempts/?page_size=2', auth='alice')

    # CSV import.
    header = 'title,level,frequency_rank,topic,answer,follow_up,key_points,red_flags\n'
    good_csv = (header
                + 'What is a CSV import?,junior,31,caching,Rows become questions.,Which rows?," rows ; ;columns ",'
                  'no idea\n'
                + '"Does import update, too?",mid,32,caching,"Yes, by title.",,title|name,\n'
                + 'What is a throttle scope?,junior,24,caching,Updated by import.,,scope;rate,never heard\n')
    invalid_csv = (header
                   + 'Is this row fine?,junior,33,caching,Yes.,,,\n'
                   + 'No question mark,expert,0,nope,,,,\n'
                   + 'Is a senior row without key points fine?,senior,34,caching,No.,,,\n')
    import_path = v1 + 'questions/import/'
    req('import anonymous is 401', 'POST', import_path, multipart=csv_part(good_csv))
    req('import as alice is 403', 'POST', import_path, auth='alice', multipart=csv_part(good_csv))
    req('import JSON body is 415', 'POST', import_path, auth='admin', json_body={'file': 'x'})
    req('import form body is 415', 'POST', import_path, auth='admin', form={'file': 'x'})
    req('import no file', 'POST', import_path, auth='admin', multipart=[('other', None, None, b'x')])
    req('import file as plain field', 'POST', import_path, auth='admin', multipart=[('file', None, None, b'a,b')])
    req('import empty file', 'POST', import_path, auth='admin', multipart=csv_part(b''))
    req('import not UTF-8', 'POST', import_path, auth='admin', multipart=csv_part(
        'title,level,frequency_rank,topic,answer\nQu\u2019est-ce?,junior,1,caching,Caf\u00e9\n'.encode('cp1252')))
    req('import missing columns', 'POST', import_path, auth='admin', multipart=csv_part('title,answer\nA?,B\n'))
    req('import invalid rows', 'POST', import_path, auth='admin', multipart=csv_part(invalid_csv))
    req('import invalid rows dry run', 'POST', import_path + '?dry_run=true', auth='admin',
        multipart=csv_part(invalid_csv))
    get('count unchanged after invalid import', v1 + 'questions/?page_size=1')
    req('import dry run', 'POST', import_path + '?dry_run=true', auth='admin', multipart=csv_part(good_csv))
    get('count unchanged after dry run', v1 + 'questions/?page_size=1')
    get('question unchanged after dry run', v1 + 'questions/24/')
    req('import', 'POST', import_path, auth='admin', multipart=csv_part(good_csv))
    get('count after import', v1 + 'questions/?page_size=1')
    get('question updated by import', v1 + 'questions/24/')
    get('questions created by import', v1 + 'questions/?topic__slug=caching&ordering=title')
    req('import with BOM, columns reordered, optional columns absent', 'POST', import_path, auth='admin',
        multipart=csv_part(b'\xef\xbb\xbf' + 'answer,topic,frequency_rank,level,title\n'
                           'Detected.,caching,35,mid,Is a BOM ignored?\n'.encode('utf-8')))
    get('question imported with BOM', v1 + 'questions/?search=BOM')
    req('import duplicate title in one file', 'POST', import_path, auth='admin', multipart=csv_part(
        header + 'Is a repeated row an update?,junior,36,caching,First.,,,\n'
        'Is a repeated row an update?,junior,37,caching,Second.,,,\n'))
    get('repeated row result', v1 + 'questions/?search=repeated')
    req('import GET is 405', 'GET', import_path, auth='admin')
    req('OPTIONS import as admin', 'OPTIONS', import_path, auth='admin')

    # Deletes cascade to attempts; topics free again can be deleted.
    req('delete question as alice is 403', 'DELETE', v1 + 'questions/24/', auth='alice')
    req('delete question', 'DELETE', v1 + 'questions/24/', auth='admin')
    get('deleted question is 404', v1 + 'questions/24/')
    get('attempts of deleted question are gone', v1 + 'attempts/', auth='alice')
    req('delete question again is 404', 'DELETE', v1 + 'questions/24/', auth='admin')
    req('delete topic still in use is 409', 'DELETE', v1 + 'topics/caching/', auth='admin')
    for number in (25, 26, 27, 28, 29, 30, 31):
        req('delete question %d' % number, 'DELETE', v1 + 'questions/%d/' % number, auth='admin')
    req('delete topic now empty', 'DELETE', v1 + 'topics/caching/', auth='admin')
    get('topics at the end', v1 + 'topics/?page_size=20')
    get('questions at the end', v1 + 'questions/?page_size=100')
    get('users at the end', v1 + 'users/', auth='admin')

    # Edge writes and authentication.
    # State here: users admin 1, alice 2, bob 3; questions 1-23; the bank's topics 1-13 (caching and form-topic gone).
    topics = v1 + 'topics/'
    questions = v1 + 'questions/'
    json_type = 'application/json'
    edge = {'name': 'Edge cases', 'slug': 'edges', 'description': 'For edge writes.'}
    # Bodies that are not a JSON object.
    req('edge topic empty JSON body', 'POST', topics, auth='admin', body=b'', content_type=json_type)
    req('edge topic no body, no content type', 'POST', topics, auth='admin')
    req('edge topic JSON null', 'POST', topics, auth='admin', body=b'null', content_type=json_type)
    req('edge topic JSON string', 'POST', topics, auth='admin', body=b'"name"', content_type=json_type)
    req('edge topic JSON number', 'POST', topics, auth='admin', body=b'42', content_type=json_type)
    req('edge topic JSON true', 'POST', topics, auth='admin', body=b'true', content_type=json_type)
    req('edge topic JSON empty list', 'POST', topics, auth='admin', json_body=[])
    req('edge topic JSON list of objects', 'POST', topics, auth='admin', json_body=[edge])
    req('edge topic whitespace body', 'POST', topics, auth='admin', body=b'  \n ', content_type=json_type)
    req('edge topic trailing garbage', 'POST', topics, auth='admin', body=b'{"name": "x"} x',
        content_type=json_type)
    req('edge topic NaN', 'POST', topics, auth='admin', body=b'{"name": NaN}', content_type=json_type)
    req('edge topic JSON with UTF-8 BOM', 'POST', topics, auth='admin',
        body=b'\xef\xbb\xbf{"name": "BOM", "slug": "bom"}', content_type=json_type)
    req('edge topic invalid UTF-8 in JSON', 'POST', topics, auth='admin', body=b'{"name": "caf\xe9"}',
        content_type=json_type)
    # Content types.
    req('edge topic application/xml is 415', 'POST', topics, auth='admin', body=b'<topic/>',
        content_type='application/xml')
    req('edge topic text/plain JSON is 415', 'POST', topics, auth='admin', body=b'{}', content_type='text/plain')
    req('edge topic JSON text under the default form type', 'POST', topics, auth='admin', body=b'{"name": "x"}')
    req('edge topic application/json+x is 415', 'POST', topics, auth='admin', body=b'{}',
        content_type='application/jsonx')
    req('edge topic JSON upper-case type', 'POST', topics, auth='admin', body=b'{"slug": "x y"}',
        content_type='APPLICATION/JSON')
    req('edge topic JSON charset latin-1', 'POST', topics, auth='admin',
        body='{"name": "Caf\u00e9 latin", "slug": "cafe-latin"}'.encode('latin-1'),
        content_type='application/json; charset=latin-1')
    req('edge topic JSON charset utf-16', 'POST', topics, auth='admin',
        body='{"name": "Sixteen", "slug": "sixteen"}'.encode('utf-16'),
        content_type='application/json; charset=utf-16')
    req('edge topic JSON charset cp1252', 'POST', topics, auth='admin', body=b'{"name": "\x80 \x9f", "slug": "cp"}',
        content_type='application/json; charset=cp1252')
    req('edge topic JSON unknown charset', 'POST', topics, auth='admin',
        body=b'{"name": "Bogus charset", "slug": "bogus-charset"}', content_type='application/json; charset=bogus')
    req('edge topic form charset latin-1', 'POST', topics, auth='admin',
        body='name=Fran%E7ais&slug=francais'.encode('ascii'),
        content_type='application/x-www-form-urlencoded; charset=latin-1')
    req('edge topic multipart', 'POST', topics, auth='admin', multipart=[
        ('name', None, None, 'Multipart \u00fcml\u00e4ut'.encode('utf-8')), ('slug', None, None, b'multipart'),
        ('description', None, None, b'')])
    req('edge topic multipart without boundary', 'POST', topics, auth='admin', body=b'name=x',
        content_type='multipart/form-data')
    req('edge topic form repeated key', 'POST', topics, auth='admin', body=b'name=First&name=Second&slug=repeated',
        content_type='application/x-www-form-urlencoded')
    # Field values.
    req('edge topic duplicate keys in JSON', 'POST', topics, auth='admin',
        body=b'{"name": "Dup one", "name": "Dup two", "slug": "dup"}', content_type=json_type)
    req('edge topic wrong types', 'POST', topics, auth='admin', json_body={
        'name': ['x'], 'slug': {'a': 1}, 'description': True})
    req('edge topic number as name', 'POST', topics, auth='admin', json_body={'name': 12345, 'slug': 12345})
    req('edge topic float as name', 'POST', topics, auth='admin', json_body={'name': 1.5, 'slug': 'one-five'})
    req('edge topic null description', 'POST', topics, auth='admin', json_body={
        'name': 'Nulls', 'slug': 'nulls', 'description': None})
    req('edge topic whitespace trimmed', 'POST', topics, auth='admin', json_body={
        'name': '  Spaced  ', 'slug': ' spaced ', 'description': '  kept?  '})
    req('edge topic whitespace only', 'POST', topics, auth='admin', json_body={'name': '   ', 'slug': '   '})
    req('edge topic unicode slug', 'POST', topics, auth='admin', json_body={'name': 'Unicode', 'slug': 'caf\u00e9'})
    req('edge topic unicode name and long description', 'POST', topics, auth='admin', json_body={
        'name': '\u00c9t\u00e9 \u2603 \U0001f600', 'slug': 'ete', 'description': 'd' * 20000})
    req('edge topic name exactly 100', 'POST', topics, auth='admin', json_body={'name': 'n' * 100, 'slug': 's' * 50})
    req('edge topic extra fields and read-only id', 'POST', topics, auth='admin', json_body=dict(
        edge, id=999, unknown='x', url='http://example.com/'))
    req('edge topic same name different case', 'POST', topics, auth='admin', json_body={
        'name': 'EDGE CASES', 'slug': 'EDGES'})
    req('edge topic NUL in name', 'POST', topics, auth='admin', json_body={'name': 'a\u0000b', 'slug': 'nul'})
    # PUT and PATCH on topics.
    req('edge topic PATCH empty object', 'PATCH', topics + 'edges/', auth='admin', json_body={})
    req('edge topic PATCH no body', 'PATCH', topics + 'edges/', auth='admin')
    req('edge topic PATCH empty JSON body', 'PATCH', topics + 'edges/', auth='admin', body=b'',
        content_type=json_type)
    req('edge topic PATCH null body', 'PATCH', topics + 'edges/', auth='admin', body=b'null', content_type=json_type)
    req('edge topic PATCH list body', 'PATCH', topics + 'edges/', auth='admin', json_body=[{'name': 'x'}])
    req('edge topic PATCH slug to duplicate', 'PATCH', topics + 'edges/', auth='admin', json_body={'slug': 'views'})
    req('edge topic PATCH name to duplicate', 'PATCH', topics + 'edges/', auth='admin', json_body={
        'name': 'Testing'})
    req('edge topic PATCH own name and slug', 'PATCH', topics + 'edges/', auth='admin', json_body={
        'name': 'Edge cases', 'slug': 'edges'})
    req('edge topic PATCH null name', 'PATCH', topics + 'edges/', auth='admin', json_body={'name': None})
    req('edge topic PATCH form', 'PATCH', topics + 'edges/', auth='admin', form={'description': 'From a form.'})
    req('edge topic PUT without description', 'PUT', topics + 'edges/', auth='admin', json_body={
        'name': 'Edge cases', 'slug': 'edges'})
    req('edge topic PUT empty body', 'PUT', topics + 'edges/', auth='admin', body=b'', content_type=json_type)
    req('edge topic PUT list body', 'PUT', topics + 'edges/', auth='admin', json_body=[])
    req('edge topic PUT as alice is 403', 'PUT', topics + 'edges/', auth='alice', json_body=edge)
    req('edge topic PATCH anonymous is 401', 'PATCH', topics + 'edges/', json_body={})
    req('edge topic PUT missing', 'PUT', topics + 'nope/', auth='admin', json_body=edge)
    req('edge topic PATCH missing', 'PATCH', topics + 'nope/', auth='admin', json_body={})
    req('edge topic PATCH missing as alice is 403', 'PATCH', topics + 'nope/', auth='alice', json_body={})
    req('edge topic DELETE missing anonymous is 401', 'DELETE', topics + 'nope/')
    req('edge topic POST to detail is 405', 'POST', topics + 'edges/', auth='admin', json_body=edge)
    req('edge topic POST to missing detail is 405', 'POST', topics + 'nope/', auth='admin', json_body=edge)
    req('edge topics PUT on list is 405', 'PUT', topics, auth='admin', json_body=edge)
    req('edge topics PATCH on list is 405', 'PATCH', topics, auth='admin', json_body=edge)
    req('edge topics PATCH on list as alice is 403', 'PATCH', topics, auth='alice', json_body=edge)
    req('edge topic unknown method is 405', 'TRACE', topics + 'edges/', auth='admin')
    req('edge topic PATCH 415', 'PATCH', topics + 'edges/', auth='admin', body=b'x', content_type='text/csv')
    req('edge topic PATCH malformed JSON', 'PATCH', topics + 'edges/', auth='admin', body=b'{"a"',
        content_type=json_type)
    get('edge topic after writes', topics + 'edges/')
    get('edge topics after writes', topics + '?page=2')
    # Questions: types, nulls, nested lists, PUT and PATCH.
    base = {'title': 'What is an edge case?', 'level': 'mid', 'frequency_rank': 50, 'topic': 'edges',
            'answer': 'An input at the boundary.', 'key_points': ['boundary'], 'red_flags': [{'text': 'none'}]}
    req('edge question create', 'POST', questions, auth='admin', json_body=base)
    req('edge question rank as strings', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is " 7 " a rank?', frequency_rank=' 7 '))
    req('edge question rank 7.0', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is 7.0 a rank?', frequency_rank=7.0))
    req('edge question rank "8.00"', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is "8.00" a rank?', frequency_rank='8.00'))
    req('edge question rank 7.5', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is 7.5 a rank?', frequency_rank=7.5))
    req('edge question rank true', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is true a rank?', frequency_rank=True))
    req('edge question rank list', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a list a rank?', frequency_rank=[1]))
    req('edge question rank object', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is an object a rank?', frequency_rank={'a': 1}))
    req('edge question rank negative', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is -1 a rank?', frequency_rank=-1))
    req('edge question rank huge string', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a huge string a rank?', frequency_rank='9' * 1001))
    req('edge question rank 2147483648', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is 2147483648 a rank?', frequency_rank=2147483648))
    req('edge question rank 1e3', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is 1e3 a rank?', frequency_rank=1e3))
    req('edge question rank "1e3"', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is "1e3" a rank?', frequency_rank='1e3'))
    req('edge question rank empty string', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is "" a rank?', frequency_rank=''))
    req('edge question level display name', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is Junior a level?', level='Junior'))
    req('edge question level number', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is 1 a level?', level=1))
    req('edge question level list', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a list a level?', level=['mid']))
    req('edge question level blank', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is blank a level?', level=''))
    req('edge question topic number', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is 1 a topic?', topic=1))
    req('edge question topic list', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a list a topic?', topic=['edges']))
    req('edge question topic object', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is an object a topic?', topic={'slug': 'edges'}))
    req('edge question topic blank', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is blank a topic?', topic=''))
    req('edge question topic bool', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is true a topic?', topic=True))
    req('edge question title number', 'POST', questions, auth='admin', json_body=dict(base, title=42))
    req('edge question title bool', 'POST', questions, auth='admin', json_body=dict(base, title=False))
    req('edge question title trailing spaces', 'POST', questions, auth='admin', json_body=dict(
        base, title='  Are spaces trimmed?   '))
    req('edge question title unicode', 'POST', questions, auth='admin', json_body=dict(
        base, title='\u00bfQu\u00e9 es un caso l\u00edmite \U0001f914?'))
    req('edge question title exactly 200', 'POST', questions, auth='admin', json_body=dict(
        base, title='t' * 199 + '?'))
    req('edge question title case duplicate', 'POST', questions, auth='admin', json_body=dict(
        base, title='WHAT IS AN EDGE CASE?'))
    req('edge question answer null', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a null answer fine?', answer=None))
    req('edge question answer long', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a long answer fine?', answer='a' * 100000))
    req('edge question follow_up null', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a null follow-up fine?', follow_up=None))
    req('edge question key_points null', 'POST', questions, auth='admin', json_body=dict(
        base, title='Are null key points fine?', key_points=None))
    req('edge question key_points items of other types', 'POST', questions, auth='admin', json_body=dict(
        base, title='Are odd key points fine?', key_points=[1, 2.5, True, None, [], {}, '']))
    req('edge question key_points object', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is an object key points?', key_points={'a': 'b'}))
    req('edge question key_points number', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a number key points?', key_points=5))
    req('edge question key_points numbers accepted', 'POST', questions, auth='admin', json_body=dict(
        base, title='Are numeric key points kept as text?', key_points=[1, 2.5, '  padded  ']))
    req('edge question red_flags null', 'POST', questions, auth='admin', json_body=dict(
        base, title='Are null red flags fine?', red_flags=None))
    req('edge question red_flags strings', 'POST', questions, auth='admin', json_body=dict(
        base, title='Are string red flags fine?', red_flags=['x', 1, None, []]))
    req('edge question red_flags text types', 'POST', questions, auth='admin', json_body=dict(
        base, title='Are odd red flag texts fine?', red_flags=[{'text': None}, {'text': 5}, {'text': ['x']},
                                                                {'text': 't' * 301}, {'text': 'ok', 'extra': 1}]))
    req('edge question red_flags string', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a string red flags?', red_flags='x'))
    req('edge question red_flags empty list', 'POST', questions, auth='admin', json_body=dict(
        base, title='Are no red flags fine?', red_flags=[]))
    req('edge question all fields wrong', 'POST', questions, auth='admin', json_body={
        'title': [], 'level': {}, 'frequency_rank': 'x', 'topic': 'nope', 'answer': 5, 'follow_up': [],
        'key_points': 'x', 'red_flags': 'x'})
    req('edge question senior with blank key point', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a blank key point enough?', level='senior', key_points=['']))
    req('edge question senior form', 'POST', questions, auth='admin', form={
        'title': 'Does a senior form question need key points?', 'level': 'senior', 'frequency_rank': '3',
        'topic': 'edges', 'answer': 'Yes.'})
    req('edge question form with lists', 'POST', questions, auth='admin', body=(
        b'title=Are+form+lists+read%3F&level=senior&frequency_rank=4&topic=edges&answer=Yes.'
        b'&key_points=one&key_points=two'), content_type='application/x-www-form-urlencoded')
    req('edge question form with indexed lists', 'POST', questions, auth='admin', body=(
        b'title=Are+indexed+form+lists+read%3F&level=senior&frequency_rank=4&topic=edges&answer=Yes.'
        b'&key_points[0]=one&key_points[1]=two&red_flags[0]text=bad&red_flags[1]text=worse'),
        content_type='application/x-www-form-urlencoded')
    req('edge question multipart with lists', 'POST', questions, auth='admin', multipart=[
        ('title', None, None, b'Are multipart lists read?'), ('level', None, None, b'senior'),
        ('frequency_rank', None, None, b'5'), ('topic', None, None, b'edges'), ('answer', None, None, b'Yes.'),
        ('key_points', None, None, b'alpha'), ('key_points', None, None, b'beta'),
        ('red_flags[0]text', None, None, b'gamma')])
    req('edge question form empty key point', 'POST', questions, auth='admin', body=(
        b'title=Is+an+empty+form+list+read%3F&level=mid&frequency_rank=4&topic=edges&answer=Yes.&key_points='),
        content_type='application/x-www-form-urlencoded')
    get('edge questions created', questions + '?topic__slug=edges&ordering=title&page_size=100')
    # PUT and PATCH on the first edge question (id 32).
    q = questions + '32/'
    req('edge question PATCH empty object', 'PATCH', q, auth='admin', json_body={})
    req('edge question PATCH no body', 'PATCH', q, auth='admin')
    req('edge question PATCH read-only fields only', 'PATCH', q, auth='admin', json_body={
        'id': 1, 'url': 'x', 'created_at': 'x', 'updated_at': None})
    req('edge question PATCH title duplicate', 'PATCH', q, auth='admin', json_body={
        'title': 'What is Django REST framework, and why use it instead of plain Django?'})
    req('edge question PATCH own title', 'PATCH', q, auth='admin', json_body={'title': 'What is an edge case?'})
    req('edge question PATCH null level', 'PATCH', q, auth='admin', json_body={'level': None})
    req('edge question PATCH senior with stored key points', 'PATCH', q, auth='admin', json_body={
        'level': 'senior'})
    req('edge question PATCH clear key points of senior', 'PATCH', q, auth='admin', json_body={'key_points': None})
    req('edge question PATCH red_flags null', 'PATCH', q, auth='admin', json_body={'red_flags': None})
    req('edge question PATCH red_flags empty', 'PATCH', q, auth='admin', json_body={'red_flags': []})
    req('edge question PATCH topic unknown', 'PATCH', q, auth='admin', json_body={'topic': 'nope'})
    req('edge question PATCH list body', 'PATCH', q, auth='admin', json_body=[{'level': 'mid'}])
    req('edge question PATCH as bob is 403', 'PATCH', q, auth='bob', json_body={})
    req('edge question PUT empty object', 'PUT', q, auth='admin', json_body={})
    req('edge question PUT without optional fields', 'PUT', q, auth='admin', json_body={
        'title': 'What is an edge case?', 'level': 'mid', 'frequency_rank': 51, 'topic': 'edges',
        'answer': 'Still a boundary.'})
    req('edge question PUT senior keeps stored key points', 'PUT', q, auth='admin', json_body={
        'title': 'What is an edge case?', 'level': 'senior', 'frequency_rank': 51, 'topic': 'edges',
        'answer': 'Still a boundary.'})
    req('edge question PUT form', 'PUT', q, auth='admin', form={
        'title': 'What is an edge case?', 'level': 'mid', 'frequency_rank': '52', 'topic': 'edges',
        'answer': 'From a form.'})
    req('edge question PUT missing', 'PUT', questions + '999/', auth='admin', json_body=base)
    req('edge question PUT not an id', 'PUT', questions + 'abc/', auth='admin', json_body=base)
    req('edge question DELETE not an id', 'DELETE', questions + 'abc/', auth='admin')
    req('edge question DELETE missing as alice is 403', 'DELETE', questions + '999/', auth='alice')
    req('edge question POST to detail is 405', 'POST', q, auth='admin', json_body=base)
    req('edge questions PUT on list is 405', 'PUT', questions, auth='admin', json_body=base)
    req('edge questions PATCH on list anonymous is 401', 'PATCH', questions, json_body=base)
    req('edge question practice PUT is 405', 'PUT', q + 'practice/', auth='alice', json_body={'answer': 'x'})
    req('edge question import PATCH is 405', 'PATCH', questions + 'import/', auth='admin')
    req('edge question import as anonymous GET is 401', 'GET', questions + 'import/')
    get('edge question after writes', q)
    get('edge question after writes v2', v2 + 'questions/32/')
    # Users and attempts: read-only routes.
    req('edge users PUT is 405', 'PUT', v1 + 'users/2/', auth='admin', json_body={'username': 'x'})
    req('edge users PATCH is 405', 'PATCH', v1 + 'users/2/', auth='admin', json_body={'is_staff': True})
    req('edge users DELETE is 405', 'DELETE', v1 + 'users/2/', auth='admin')
    req('edge users PATCH as alice is 403', 'PATCH', v1 + 'users/2/', auth='alice', json_body={})
    req('edge users DELETE on list is 405', 'DELETE', v1 + 'users/', auth='admin')
    req('edge users/me PATCH is 405', 'PATCH', v1 + 'users/me/', auth='alice', json_body={'email': 'x@y.z'})
    req('edge users/me DELETE is 405', 'DELETE', v1 + 'users/me/', auth='alice')
    req('edge users/me PUT anonymous is 401', 'PUT', v1 + 'users/me/', json_body={})
    req('edge user detail missing PATCH is 405', 'PATCH', v1 + 'users/99/', auth='admin', json_body={})
    req('edge attempts DELETE on list is 405', 'DELETE', v1 + 'attempts/', auth='alice')
    req('edge attempt PATCH is 405', 'PATCH', v1 + 'attempts/2/', auth='alice', json_body={})
    req('edge attempt POST to detail is 405', 'POST', v1 + 'attempts/2/', auth='alice', json_body={})
    req('edge attempt DELETE not an id', 'DELETE', v1 + 'attempts/abc/', auth='alice')
    req('edge study plan POST anonymous is 405', 'POST', v1 + 'study-plan/', json_body={})
    req('edge study plan DELETE as alice is 405', 'DELETE', v1 + 'study-plan/', auth='alice')
    req('edge root PUT as admin is 405', 'PUT', v1, auth='admin', json_body={})
    req('edge signup PUT is 405', 'PUT', v1 + 'auth/signup/', auth='admin', json_body={})
    req('edge signup DELETE is 405', 'DELETE', v1 + 'auth/signup/', auth='admin')
    # Practice edges.
    practice = v1 + 'questions/2/practice/'
    req('edge practice answer number', 'POST', practice, auth='alice', json_body={'answer': 12345})
    req('edge practice answer bool', 'POST', practice, auth='alice', json_body={'answer': True})
    req('edge practice answer list', 'POST', practice, auth='alice', json_body={'answer': ['a']})
    req('edge practice answer object', 'POST', practice, auth='alice', json_body={'answer': {'a': 'b'}})
    req('edge practice answer whitespace', 'POST', practice, auth='alice', json_body={'answer': '   \n\t '})
    req('edge practice answer exactly 5000', 'POST', practice, auth='bob', json_body={'answer': 'b' * 5000})
    req('edge practice answer 5000 after trim', 'POST', practice, auth='bob', json_body={
        'answer': '  ' + 'c' * 5000 + '  '})
    req('edge practice answer unicode', 'POST', practice, auth='bob', json_body={
        'answer': 'MODELSERIALIZER \u00e9\u00e8 \U0001f600 generates fields'})
    req('edge practice extra fields ignored', 'POST', practice, auth='bob', json_body={
        'answer': 'x', 'score': 100, 'user': 1, 'question': 5, 'covered': ['a'], 'id': 1})
    req('edge practice empty body', 'POST', practice, auth='bob', body=b'', content_type=json_type)
    req('edge practice no body', 'POST', practice, auth='bob')
    req('edge practice JSON list', 'POST', practice, auth='bob', json_body=['answer'])
    req('edge practice JSON null', 'POST', practice, auth='bob', body=b'null', content_type=json_type)
    req('edge practice text/plain is 415', 'POST', practice, auth='bob', body=b'answer', content_type='text/plain')
    req('edge practice malformed JSON', 'POST', practice, auth='bob', body=b'{"answer": "x"', content_type=json_type)
    req('edge practice multipart', 'POST', practice, auth='bob', multipart=[('answer', None, None, b'serializer')])
    req('edge practice on missing question anonymous is 401', 'POST', v1 + 'questions/999/practice/', json_body={
        'answer': 'x'})
    req('edge practice on missing question with bad body', 'POST', v1 + 'questions/999/practice/', auth='bob',
        json_body={'answer': ''})
    req('edge practice on question not an id', 'POST', v1 + 'questions/abc/practice/', auth='bob', json_body={
        'answer': 'x'})
    req('edge practice v2', 'POST', v2 + 'questions/32/practice/', auth='bob', json_body={'answer': 'a BOUNDARY'})
    get('edge attempts of bob', v1 + 'attempts/?page_size=100', auth='bob')
    # Authentication header variants.
    get('edge auth lower-case scheme', v1 + 'users/me/', auth='alice', auth_scheme='token')
    get('edge auth upper-case scheme', v1 + 'users/me/', auth='alice', auth_scheme='TOKEN')
    get('edge auth double space', v1 + 'users/me/', auth='alice', auth_scheme='Token ')
    get('edge auth Bearer with a valid key', v1 + 'users/me/', auth='alice', auth_scheme='Bearer')
    get('edge auth Tokens scheme', v1 + 'users/me/', auth='alice', auth_scheme='Tokens')
    get('edge auth key then extra word', v1 + 'users/me/', authorization='Token abc def ghi')
    get('edge auth empty header', v1 + 'users/me/', authorization='')
    get('edge auth spaces only', v1 + 'users/me/', authorization='   ')
    get('edge auth Token with trailing space', v1 + 'users/me/', authorization='Token ')
    get('edge auth Basic malformed', v1 + 'users/me/', authorization='Basic !!!notbase64')
    get('edge auth Basic no colon', v1 + 'users/me/', authorization='Basic ' + base64.b64encode(b'admin').decode())
    get('edge auth Basic valid credentials', v1 + 'users/me/',
        authorization='Basic ' + base64.b64encode(b'admin:admin-pass-123').decode())
    get('edge auth Basic unicode', v1 + 'users/me/',
        authorization='Basic ' + base64.b64encode('z\u00f6e:p\u00e4ss'.encode('utf-8')).decode())
    get('edge auth Token short key', v1 + 'users/me/', authorization='Token abc')
    get('edge auth Token upper-case hex key', v1 + 'users/me/',
        authorization='Token 0123456789ABCDEF0123456789ABCDEF01234567')
    get('edge auth Token very long key', v1 + 'users/me/', authorization='Token ' + 'f' * 500)
    get('edge auth invalid token on AllowAny view', v1 + 'study-plan/',
        authorization='Token 0123456789abcdef0123456789abcdef01234567')
    req('edge auth invalid token on signup', 'POST', v1 + 'auth/signup/', json_body={},
        authorization='Token 0123456789abcdef0123456789abcdef01234567')
    req('edge auth invalid token on token view', 'POST', v1 + 'auth/token/', json_body={},
        authorization='Token 0123456789abcdef0123456789abcdef01234567')
    req('edge auth invalid token on OPTIONS', 'OPTIONS', v1 + 'questions/',
        authorization='Token 0123456789abcdef0123456789abcdef01234567')
    req('edge auth invalid token on 405', 'DELETE', v1 + 'study-plan/', authorization='Token abc def')
    get('edge auth session cookie is anonymous', v1 + 'users/me/', headers={'Cookie': 'sessionid=bogus'})
    req('edge auth session cookie POST is 401', 'POST', topics, json_body=edge,
        headers={'Cookie': 'sessionid=bogus; csrftoken=abc'})
    req('edge auth token with CSRF-less POST works', 'POST', topics, auth='admin', json_body={
        'name': 'Token writes', 'slug': 'token-writes'}, headers={'Cookie': 'csrftoken=abc'})
    # Signup edges (as admin, alice and bob: the signup throttle counts each user apart).
    signup = v1 + 'auth/signup/'

    def user(name, **kw):
        data = {'username': name, 'email': name + '@example.com', 'password': 'long-pass-1',
                'password_confirm': 'long-pass-1'}
        data.update(kw)
        return data

    req('edge signup username differs in case', 'POST', signup, auth='admin', json_body=user('ALICE'))
    req('edge signup username exact duplicate', 'POST', signup, auth='admin', json_body=user('alice'))
    req('edge signup username trimmed', 'POST', signup, auth='admin', json_body=user('  dave  '))
    req('edge signup username trimmed duplicate', 'POST', signup, auth='admin', json_body=user(' bob '))
    req('edge signup username unicode', 'POST', signup, auth='admin', json_body=user('z\u00f6\u00eb'))
    req('edge signup username NFKC', 'POST', signup, auth='admin', json_body=user('\uff46\uff55\uff4c\uff4c'))
    req('edge signup username with spaces inside', 'POST', signup, auth='admin', json_body=user('a b/c?'))
    req('edge signup username exactly 150', 'POST', signup, auth='admin', json_body=user('u' * 150))
    req('edge signup email upper-case domain', 'POST', signup, auth='admin', json_body=user(
        'erin', email='Erin.X@EXAMPLE.COM'))
    req('edge signup email variants invalid', 'POST', signup, auth='admin', json_body=user('frank', email='a@b'))
    req('edge signup email one-letter TLD', 'POST', signup, auth='admin', json_body=user('frank', email='a@b.c'))
    req('edge signup email two @', 'POST', signup, auth='admin', json_body=user('frank', email='a@b@c.com'))
    req('edge signup email localhost', 'POST', signup, auth='admin', json_body=user('frank', email='frank@localhost'))
    req('edge signup email IDN', 'POST', signup, auth='admin', json_body=user('gina', email='gina@ex\u00e4mple.com'))
    req('edge signup email IP literal', 'POST', signup, auth='admin', json_body=user(
        'hank', email='hank@[127.0.0.1]'))
    req('edge signup email spaces trimmed', 'POST', signup, auth='admin', json_body=user(
        'ivan', email='  ivan@example.com  '))
    req('edge signup email blank', 'POST', signup, auth='admin', json_body=user('judy', email=''))
    req('edge signup email number', 'POST', signup, auth='admin', json_body=user('judy', email=5))
    req('edge signup password exactly 8', 'POST', signup, auth='alice', json_body=user(
        'kate', password='12345678', password_confirm='12345678'))
    req('edge signup password 7 after trim', 'POST', signup, auth='alice', json_body=user(
        'liam', password='  1234567  ', password_confirm='  1234567  '))
    req('edge signup password trimmed then equal', 'POST', signup, auth='alice', json_body=user(
        'mona', password=' abcdefgh', password_confirm='abcdefgh '))
    req('edge signup password unicode length', 'POST', signup, auth='alice', json_body=user(
        'nina', password='\U0001f600' * 4, password_confirm='\U0001f600' * 4))
    req('edge signup password null and confirm missing', 'POST', signup, auth='alice', json_body={
        'username': 'omar', 'email': 'omar@example.com', 'password': None})
    req('edge signup password number', 'POST', signup, auth='alice', json_body=user(
        'pete', password=123456789, password_confirm='123456789'))
    req('edge signup field and object errors', 'POST', signup, auth='alice', json_body=user(
        'alice', password='long-pass-1', password_confirm='other-pass-1'))
    req('edge signup all wrong types', 'POST', signup, auth='alice', json_body={
        'username': [], 'email': {}, 'password': True, 'password_confirm': None})
    req('edge signup JSON list', 'POST', signup, auth='alice', json_body=[user('quinn')])
    req('edge signup JSON null', 'POST', signup, auth='alice', body=b'null', content_type=json_type)
    req('edge signup empty JSON body', 'POST', signup, auth='alice', body=b'', content_type=json_type)
    req('edge signup text/plain is 415', 'POST', signup, auth='alice', body=b'x', content_type='text/plain')
    req('edge signup extra fields', 'POST', signup, auth='alice', json_body=user(
        'rita', id=99, is_staff=True, is_superuser=True))
    req('edge signup multipart', 'POST', signup, auth='bob', multipart=[
        ('username', None, None, b'sam'), ('email', None, None, b'sam@example.com'),
        ('password', None, None, b'sam-pass-12'), ('password_confirm', None, None, b'sam-pass-12')])
    req('edge signup form missing confirm', 'POST', signup, auth='bob', form={
        'username': 'tina', 'email': 'tina@example.com', 'password': 'tina-pass-1'})
    req('edge signup form blank fields', 'POST', signup, auth='bob', form={
        'username': '', 'email': '', 'password': '', 'password_confirm': ''})
    req('edge signup the new user logs in', 'POST', v1 + 'auth/token/', auth='bob', json_body={
        'username': 'rita', 'password': 'long-pass-1'}, save_token='rita')
    get('edge signup new user is not staff', v1 + 'users/me/', auth='rita')
    get('edge signup users list', v1 + 'users/?page_size=100', auth='admin')
    # Token edges as bob (counted per user): four more, then the sixth within the minute is throttled.
    token = v1 + 'auth/token/'
    req('edge token username only', 'POST', token, auth='bob', json_body={'username': 'bob'})
    req('edge token blank fields', 'POST', token, auth='bob', json_body={'username': '', 'password': ''})
    req('edge token username padded', 'POST', token, auth='bob', json_body={
        'username': '  bob  ', 'password': 'bob-pass-12'})
    req('edge token username other case', 'POST', token, auth='bob', json_body={
        'username': 'BOB', 'password': 'bob-pass-12'})
    req('edge token sixth request as bob is throttled', 'POST', token, auth='bob', json_body={
        'username': 'bob', 'password': 'bob-pass-12'})
    req('edge token throttled before validation', 'POST', token, auth='bob', json_body=[])
    req('edge token throttled before 405', 'GET', token, auth='bob')
    # Token edges as rita (a fresh user: five requests).
    req('edge token password padded', 'POST', token, auth='rita', json_body={
        'username': 'rita', 'password': ' long-pass-1 '})
    req('edge token JSON list', 'POST', token, auth='rita', json_body=[{'username': 'rita'}])
    req('edge token wrong types', 'POST', token, auth='rita', json_body={'username': 5, 'password': ['x']})
    req('edge token null fields', 'POST', token, auth='rita', json_body={'username': None, 'password': None})
    req('edge token empty JSON body', 'POST', token, auth='rita', body=b'', content_type=json_type)
    req('edge token rita throttled', 'POST', token, auth='rita', json_body={})
    # Edge writes, second round: numbers as Python reads them, deep JSON, lengths in code points, more form input.
    req('edge question rank full-width digits', 'POST', questions, auth='admin', json_body=dict(
        base, title='Are full-width digits a rank?', frequency_rank='\uff11\uff12'))
    req('edge question rank with underscore', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is 5_000 a rank?', frequency_rank='5_000'))
    req('edge question rank with plus sign', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is +5 a rank?', frequency_rank='+5'))
    req('edge question rank hex', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is 0x10 a rank?', frequency_rank='0x10'))
    req('edge question rank 1e400', 'POST', questions, auth='admin', body=(
        b'{"title": "Is 1e400 a rank?", "level": "mid", "frequency_rank": 1e400, "topic": "edges", "answer": "x"}'),
        content_type=json_type)
    req('edge question rank "inf"', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is inf a rank?', frequency_rank='inf'))
    # A valid Python int that SQLite cannot store: DRF answers 500 (OverflowError on save); the C# field is bounded by its
    # 64-bit column and answers DRF's max_value message.
    req('edge question rank beyond 64 bits', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is a huge number a rank?', frequency_rank=10 ** 22), compare_headers=False, instead_of_500={
            'status': 400, 'json': {'frequency_rank': ['Ensure this value is less than or equal to 9223372036854775807.']}})
    req('edge question rank leading zeros', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is 007 a rank?', frequency_rank='007'))
    req('edge question rank -0', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is -0 a rank?', frequency_rank='-0'))
    req('edge question rank 2.0000000000000001', 'POST', questions, auth='admin', body=(
        b'{"title": "Is 2.0000000000000001 a rank?", "level": "mid", "frequency_rank": 2.0000000000000001, '
        b'"topic": "edges", "answer": "x"}'), content_type=json_type)
    req('edge question title 200 emoji code points', 'POST', questions, auth='admin', json_body=dict(
        base, title='\U0001f600' * 199 + '?'))
    req('edge question title 201 emoji code points', 'POST', questions, auth='admin', json_body=dict(
        base, title='\U0001f601' * 200 + '?'))
    req('edge question key point of 200 emoji', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is an emoji key point fine?', key_points=['\U0001f600' * 200, '\U0001f600' * 201]))
    req('edge question title JSON surrogate escapes', 'POST', questions, auth='admin',
        body=b'{"title": "Is \\ud83d\\ude00 one character?", "level": "mid", "frequency_rank": 9, "topic": "edges", '
             b'"answer": "Yes."}', content_type=json_type)
    req('edge question NUL in title and answer', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is NUL \u0000 allowed?', answer='a\u0000b', follow_up='\u0000'))
    req('edge question title just a question mark', 'POST', questions, auth='admin', json_body=dict(base, title='?'))
    req('edge question deep JSON value', 'POST', questions, auth='admin', body=(
        b'{"title": ' + b'[' * 600 + b']' * 600 + b'}'), content_type=json_type)
    req('edge topic JSON 952 deep', 'POST', topics, auth='admin', body=b'[' * 952 + b']' * 952,
        content_type=json_type)
    # Deeper than Python's recursion limit allows: RecursionError, a 500 in DRF; a parse error (400) in C#.
    too_deep = {'status': 400, 'json': {'detail': 'JSON parse error - <parser message>'}}
    req('edge topic JSON 953 deep is a server error in DRF', 'POST', topics, auth='admin', body=b'[' * 953 + b']' * 953,
        content_type=json_type, compare_headers=False, instead_of_500=too_deep)
    req('edge topic JSON 5000 deep unclosed is a server error in DRF', 'POST', topics, auth='admin', body=b'[' * 5000,
        content_type=json_type, compare_headers=False, instead_of_500=too_deep)
    req('edge topic JSON 100 deep malformed', 'POST', topics, auth='admin', body=b'[' * 100 + b'}',
        content_type=json_type)
    req('edge question form blank rank and topic', 'POST', questions, auth='admin', form={
        'title': 'Are blank form values errors?', 'level': '', 'frequency_rank': '', 'topic': '', 'answer': '',
        'follow_up': ''})
    req('edge question form plain red_flags key ignored', 'POST', questions, auth='admin', form={
        'title': 'Is a plain red_flags key ignored?', 'level': 'mid', 'frequency_rank': '9', 'topic': 'edges',
        'answer': 'Yes.', 'red_flags': 'ignored'})
    req('edge question multipart file as title', 'POST', questions, auth='admin', multipart=[
        ('title', 'title.txt', 'text/plain', b'Is a file a title?'), ('level', None, None, b'mid'),
        ('frequency_rank', None, None, b'9'), ('topic', None, None, b'edges'), ('answer', None, None, b'No.')])
    req('edge question form PATCH key_points replaces', 'PATCH', q, auth='admin', body=(
        b'key_points=first&key_points=second'), content_type='application/x-www-form-urlencoded')
    req('edge question form PATCH indexed red flags ignored on partial', 'PATCH', q, auth='admin', body=(
        b'red_flags[0]text=partial'), content_type='application/x-www-form-urlencoded')
    req('edge question form PUT keeps red flags', 'PUT', q, auth='admin', body=(
        b'title=What+is+an+edge+case%3F&level=mid&frequency_rank=53&topic=edges&answer=Form+PUT.'),
        content_type='application/x-www-form-urlencoded')
    req('edge question form percent-encoded UTF-8', 'PATCH', q, auth='admin', body=(
        b'follow_up=Caf%C3%A9+%E2%98%83+%F0%9F%98%80&answer=bad+%E9+byte'),
        content_type='application/x-www-form-urlencoded')
    req('edge question form odd pairs', 'PATCH', q, auth='admin', body=b'&&follow_up&=x&answer=a=b&',
        content_type='application/x-www-form-urlencoded')
    get('edge question after form writes', q)
    # OPTIONS and HEAD on objects that do not exist; bodies on DELETE.
    req('edge OPTIONS missing topic as admin', 'OPTIONS', topics + 'nope/', auth='admin')
    req('edge OPTIONS question not an id as admin', 'OPTIONS', questions + 'abc/', auth='admin')
    req('edge OPTIONS missing attempt as alice', 'OPTIONS', v1 + 'attempts/999/', auth='alice')
    req('edge HEAD missing question', 'HEAD', questions + '999/')
    req('edge DELETE with malformed JSON body', 'DELETE', topics + 'dup/', auth='admin', body=b'{oops',
        content_type=json_type)
    req('edge DELETE with unsupported body', 'DELETE', topics + 'nulls/', auth='admin', body=b'x',
        content_type='text/plain')
    req('edge GET with a JSON body', 'GET', topics + 'edges/', body=b'{"ignored": true}', content_type=json_type)
    req('edge POST ?format=json', 'POST', topics + '?format=json', auth='admin', json_body={'name': 'F'})
    req('edge POST format suffix', 'POST', v1 + 'topics.json', auth='admin', json_body={'name': 'F'})
    req('edge POST ?format=api is HTML', 'POST', topics + '?format=api', auth='admin', json_body={'name': 'F'})
    req('edge POST Accept html', 'POST', topics, auth='admin', json_body={'name': 'F'}, accept='text/html')
    req('edge PATCH Accept xml is 406', 'PATCH', topics + 'edges/', auth='admin', json_body={}, accept='application/xml')
    # Practice: lengths in code points, NUL.
    req('edge practice 5000 emoji', 'POST', practice, auth='alice', json_body={'answer': '\U0001f600' * 5000})
    req('edge practice 5001 emoji', 'POST', practice, auth='alice', json_body={'answer': '\U0001f600' * 5001})
    req('edge practice NUL in answer', 'POST', practice, auth='alice', json_body={'answer': 'a\u0000b'})
    req('edge practice form blank answer', 'POST', practice, auth='alice', form={'answer': ''})
    req('edge practice form no answer', 'POST', practice, auth='alice', form={'other': 'x'})
    # Authentication: a latin-1 byte in the key, the signup throttle per user.
    get('edge auth non-ASCII key', v1 + 'users/me/', authorization='Token caf\u00e9')
    req('edge signup 21st request as admin is throttled', 'POST', signup, auth='admin', json_body=user('uma'))
    req('edge signup full-width duplicate of alice', 'POST', signup, auth='bob', json_body=user(
        '\uff41\uff4c\uff49\uff43\uff45'), compare_body=False)
    # Token: JSON null, files and repeated keys (alice has her own login budget).
    req('edge token JSON null', 'POST', token, auth='alice', body=b'null', content_type=json_type)
    req('edge token file as username', 'POST', token, auth='alice', multipart=[
        ('username', 'u.txt', 'text/plain', b'alice'), ('password', None, None, b'alice-pass-1')])
    req('edge token repeated form keys', 'POST', token, auth='alice',
        body=b'username=bob&username=alice&password=alice-pass-1', content_type='application/x-www-form-urlencoded')
    req('edge token form charset latin-1', 'POST', token, auth='alice',
        body=b'username=z%F6%EB&password=long-pass-1', content_type='application/x-www-form-urlencoded; charset=latin-1')
    # Edge writes, third round: CSV import input, query parameters, method overrides, sizes.
    imp = v1 + 'questions/import/'
    head = 'title,level,frequency_rank,topic,answer\n'
    req('edge import header only', 'POST', imp, auth='admin', multipart=csv_part(head))
    req('edge import header only with CRLF and BOM', 'POST', imp, auth='admin',
        multipart=csv_part(b'\xef\xbb\xbf' + head.replace('\n', '\r\n').encode()))
    req('edge import capitalised column', 'POST', imp, auth='admin', multipart=csv_part(
        'Title,level,frequency_rank,topic,answer\nIs case kept?,mid,9,edges,x\n'))
    req('edge import spaces around column names', 'POST', imp + '?dry_run=1', auth='admin', multipart=csv_part(
        ' title , level ,frequency_rank,topic, answer \nAre padded columns read?,mid,9,edges,Yes.\n'))
    req('edge import extra and missing cells', 'POST', imp + '?dry_run=yes', auth='admin', multipart=csv_part(
        head + 'Are extra cells ignored?,mid,9,edges,Yes.,extra,more\nIs a short row an error?,mid\n'))
    req('edge import duplicate column keeps the last', 'POST', imp + '?dry_run=on', auth='admin', multipart=csv_part(
        'title,level,frequency_rank,topic,answer,answer\nWhich answer wins?,mid,9,edges,first,second\n'))
    req('edge import quoted multi-line cells and blank lines', 'POST', imp, auth='admin', multipart=csv_part(
        head + '"Does a ""quoted"", multi-line answer import?",mid,9,edges,"line one\r\nline two"\r\n\r\n'
        '\nIs a rank like 1_0 read?,junior, 1_0 ,edges,Python reads it.\n'))
    get('edge imported multi-line answer', questions + '?search=multi-line')
    req('edge import dry_run repeated, the last wins', 'POST', imp + '?dry_run=false&dry_run=true', auth='admin',
        multipart=csv_part(head + 'Is the last dry_run used?,mid,9,edges,Yes.\n'))
    req('edge import dry_run not a boolean writes', 'POST', imp + '?dry_run=tRUE', auth='admin',
        multipart=csv_part(head + 'Is tRUE a dry run?,mid,9,edges,No.\n'))
    get('edge import results', questions + '?search=dry&ordering=title')
    req('edge import two files, the last wins', 'POST', imp + '?dry_run=True', auth='admin', multipart=(
        csv_part('nothing useful\n', 'a.csv') + csv_part(head + 'Is the second file read?,mid,9,edges,Yes.\n', 'b.csv')))
    req('edge import file and field named file', 'POST', imp + '?dry_run=True', auth='admin', multipart=(
        csv_part(head + 'Is a file field read?,mid,9,edges,Yes.\n') + [('file', None, None, b'text')]))
    req('edge import row errors in order', 'POST', imp, auth='admin', multipart=csv_part(
        head + 'no mark,expert,0,nope,\nWhat is an edge case?,senior,x,edges,dup\n'))
    req('edge import latin-1 field charset', 'POST', imp, auth='admin', multipart=[
        ('file', 'q.csv', 'text/csv; charset=latin-1', (head + 'Is Caf\u00e9 read?,mid,9,edges,x\n').encode('latin-1'))])
    # Multipart fields: invalid bytes, an unknown boundary, no parts.
    req('edge multipart field with invalid UTF-8', 'POST', topics, auth='admin', multipart=[
        ('name', None, None, b'Bad \xe9 byte'), ('slug', None, None, b'bad-byte')])
    req('edge multipart other boundary', 'POST', topics, auth='admin',
        body=b'--other\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--other--\r\n',
        content_type='multipart/form-data; boundary=' + BOUNDARY)
    req('edge multipart no parts', 'POST', topics, auth='admin', body=('--%s--\r\n' % BOUNDARY).encode(),
        content_type='multipart/form-data; boundary=' + BOUNDARY)
    # No method or content overloading in DRF 3.14.
    req('edge method override header is ignored', 'POST', topics + 'edges/', auth='admin', json_body={},
        headers={'X-HTTP-Method-Override': 'DELETE'})
    req('edge _method form field is data', 'POST', topics, auth='admin', form={
        '_method': 'DELETE', 'name': 'Method field', 'slug': 'method-field'})
    req('edge _content form fields are data', 'POST', topics, auth='admin', form={
        '_content_type': 'application/json', '_content': '{"name": "x", "slug": "x"}'})
    # Choices are not trimmed; list items are.
    req('edge question level with spaces', 'POST', questions, auth='admin', json_body=dict(
        base, title='Is " mid " a level?', level=' mid '))
    req('edge question blank key point and red flag', 'POST', questions, auth='admin', json_body=dict(
        base, title='Are blank items errors?', key_points=['ok', '   '], red_flags=[{'text': '  '}]))
    # HEAD on a POST-only route; a big answer.
    req('edge HEAD signup is 405', 'HEAD', signup, auth='bob')
    req('edge practice 3 MB answer', 'POST', practice, auth='alice', json_body={'answer': 'x' * (3 * 1024 * 1024)})
    req('edge topic 3 MB description', 'POST', topics, auth='admin', json_body={
        'name': 'Big', 'slug': 'big', 'description': 'd' * (3 * 1024 * 1024)}, compare_body=False)
    get('edge topic 3 MB description stored', topics + 'big/?format=json', compare_body=False)
    req('edge delete big topic', 'DELETE', topics + 'big/', auth='admin')
    # Anonymous signups count whatever the outcome (12 so far): eight more, then the 21st within the hour is throttled.
    for number in range(8):
        req('edge anonymous signup %d' % (number + 13), 'POST', signup, json_body={'username': ''})
    req('edge anonymous signup 21 is throttled', 'POST', signup, json_body=user('vera'))
    req('edge anonymous signup throttled before 405', 'GET', signup)
    # Content types that match a parser by wildcard (DRF's media_type_matches), and a body of media type "".
    req('edge content type */* is JSON', 'POST', topics, auth='admin', body=b'{"name": "Star"}', content_type='*/*')
    req('edge content type application/* is JSON', 'POST', topics, auth='admin', body=b'{"name": "App"}',
        content_type='application/*')
    req('edge content type text/* is 415', 'POST', topics, auth='admin', body=b'{}', content_type='text/*')
    req('edge content type multipart/* needs a boundary', 'POST', topics, auth='admin', body=b'{}',
        content_type='multipart/*')
    req('edge content type without space before charset', 'POST', topics, auth='admin', body=b'{"name": "C"}',
        content_type='application/json;charset=UTF-8')
    req('edge content type with unknown parameter', 'POST', topics, auth='admin', body=b'{"name": "P"}',
        content_type='application/json; foo=bar')
    req('edge empty content type is 415', 'POST', topics, auth='admin', body=b'{"name": "E"}',
        headers={'Content-Type': ''})
    req('edge empty content type, empty body', 'POST', topics, auth='admin', body=b'', headers={'Content-Type': ''})
    # A lone surrogate escape: Python keeps it, CharField rejects it.
    req('edge topic lone surrogate in name', 'POST', topics, auth='admin',
        body=b'{"name": "x\\ud800y", "slug": "lone", "\\udc00": 1}', content_type=json_type)
    req('edge topic surrogate pair in name', 'POST', topics, auth='admin',
        body=b'{"name": "Pair \\ud83d\\ude00", "slug": "pair"}', content_type=json_type)
    # Fourth round: more validation tables, negotiation on writes, versions, slashes and suffixes on writes.
    req('edge practice lone surrogate answer', 'POST', practice, auth='admin', body=b'{"answer": "\\udc00"}',
        content_type=json_type)
    req('edge write Accept q=0 still JSON', 'POST', topics, auth='admin', json_body={}, accept='application/json; q=0')
    req('edge write Accept */* low q', 'POST', topics, auth='admin', json_body={}, accept='*/*;q=0.1')
    req('edge write Accept application/*', 'POST', topics, auth='admin', json_body={}, accept='application/*')
    req('edge write Accept text/plain is 406', 'POST', topics, auth='admin', json_body={}, accept='text/plain')
    req('edge write Accept xml on 401', 'POST', topics, json_body={}, accept='application/xml')
    req('edge write Accept xml on 415', 'POST', topics, auth='admin', body=b'x', content_type='text/plain',
        accept='application/xml')
    req('edge signup 10000-character password', 'POST', signup, auth='bob', json_body=user(
        'hp', password='p' * 10000, password_confirm='p' * 10000))
    req('edge question 300 key points and 50 red flags', 'POST', questions, auth='admin', json_body=dict(
        base, title='Are many key points fine?', key_points=['k%d' % i for i in range(300)],
        red_flags=[{'text': 'r%d' % i} for i in range(50)]))
    req('edge question many key point errors', 'POST', questions, auth='admin', json_body=dict(
        base, title='Which key points fail?', key_points=['', 'ok', None, 'k' * 201, 5, True]))
    req('edge question many red flag errors', 'POST', questions, auth='admin', json_body=dict(
        base, title='Which red flags fail?', red_flags=[{'text': 'ok'}, {}, {'text': ''}, None, 5]))
    req('edge question v2 PUT with only frequency_label', 'PUT', v2 + 'questions/32/', auth='admin', json_body={
        'frequency_label': 'x'})
    req('edge question v2 PATCH frequency_label ignored', 'PATCH', v2 + 'questions/32/', auth='admin', json_body={
        'frequency_label': 'x'})
    req('edge root POST as admin is 405', 'POST', v1, auth='admin', json_body={})
    req('edge invalid version on POST', 'POST', '/api/v3/topics/', auth='admin', json_body={})
    req('edge invalid version on anonymous POST', 'POST', '/api/v3/topics/', json_body={})
    req('edge invalid version on signup', 'POST', '/api/v9/auth/signup/', json_body={})
    req('edge no trailing slash on POST', 'POST', '/api/v1/topics', auth='admin', json_body={})
    req('edge no trailing slash on PATCH', 'PATCH', '/api/v1/topics/views', auth='admin', json_body={})
    req('edge no trailing slash on DELETE', 'DELETE', '/api/v1/questions/1', auth='admin')
    req('edge format suffix on PATCH', 'PATCH', '/api/v1/topics/views.json', auth='admin', json_body={})
    req('edge format suffix on DELETE of a missing question', 'DELETE', '/api/v1/questions/999.json', auth='admin')
    req('edge format suffix on practice', 'POST', '/api/v1/questions/2/practice.json', auth='bob', json_body={
        'answer': 'serializer'})
    req('edge format suffix xml on POST is 404', 'POST', '/api/v1/topics.xml', auth='admin', json_body={})
    # Topic cleanup: in use, then freed.
    req('edge topic delete in use is 409', 'DELETE', topics + 'edges/', auth='admin')
    return s


# ---------------------------------------------------------------------------------------------------------------
# Sending
# ---------------------------------------------------------------------------------------------------------------


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


# No proxies (loopback only), no redirects followed, no cookie jar (so no session is ever used).
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect())


class Target:
    def __init__(self, base):
        self.base = base.rstrip('/')
        self.tokens = {}
        self.token_labels = {}

    def send(self, step):
        data, content_type = step.encode()
        request = urllib.request.Request(self.base + step.path, data=data, method=step.method)
        if content_type is not None:
            request.add_header('Content-Type', content_type)
        if step.accept is not None:
            request.add_header('Accept', step.accept)
        for name, value in step.headers.items():
            request.add_header(name, value)
        if step.authorization is not None:
            request.add_header('Authorization', step.authorization)
        elif step.auth:
            key = self.tokens.get(step.auth, 'missing-' + step.auth)
            request.add_header('Authorization', step.auth_scheme + ' ' + key)
        try:
            with OPENER.open(request, timeout=TIMEOUT) as response:
                status, headers, body = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, body = error.code, error.headers, error.read()
        if step.save_token and status == 200:
            try:
                self.tokens[step.save_token] = json.loads(body)['token']
            except (ValueError, KeyError, TypeError):
                pass
        return status, headers, body


# ---------------------------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------------------------

ORIGIN_RE = re.compile(r'https?://[A-Za-z0-9.\-]+(:\d+)?|https?://\[[0-9A-Fa-f:.]+\](:\d+)?')
DATETIME_RE = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z$')
TOKEN_RE = re.compile(r'^[0-9a-f]{40}$')
THROTTLE_RE = re.compile(r'Expected available in \d+ (seconds?)\.')
PARSE_ERROR = 'JSON parse error - '


def normalise_string(value, target):
    if value in target.token_labels:
        return target.token_labels[value]
    if DATETIME_RE.match(value):
        return '<datetime>'
    if value.startswith(PARSE_ERROR):
        return PARSE_ERROR + '<parser message>'
    value = THROTTLE_RE.sub(r'Expected available in <n> \1.', value)
    return ORIGIN_RE.sub('http://testserver', value)


def normalise_json(value, target, key=None):
    if isinstance(value, dict):
        return {k: normalise_json(v, target, k) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise_json(v, target) for v in value]
    if isinstance(value, str):
        if key == 'token' and TOKEN_RE.match(value) and value not in target.token_labels:
            target.token_labels[value] = '<token %d>' % (len(target.token_labels) + 1)
        return normalise_string(value, target)
    return value


def normalise_header(name, value):
    if value is None:
        return None
    if name == 'Vary':
        return ', '.join(part.strip() for part in value.split(',') if part.strip().lower() != 'cookie') or None
    if name == 'Retry-After':
        return '<seconds>' if value.isdigit() else value
    if name == 'Location':
        parts = urllib.parse.urlsplit(value)
        return parts.path + ('?' + parts.query if parts.query else '')
    return value


def normalise(step, target, status, headers, body):
    out = {'status': status}
    if step.compare_headers:
        out['headers'] = {name: normalise_header(name, headers.get(name)) for name in COMPARED_HEADERS}
    if not step.compare_body or status >= 500:
        return out
    content_type = (headers.get('Content-Type') or '').split(';')[0].strip()
    if not body:
        out['body'] = None
    elif content_type == 'application/json':
        try:
            out['json'] = normalise_json(json.loads(body), target)
        except ValueError:
            out['text'] = body.decode('utf-8', 'replace')
    elif content_type == 'text/html':
        out['html'] = True  # the browsable API's HTML is an allowed difference
    else:
        out['text'] = body.decode('utf-8', 'replace')
    return out


# ---------------------------------------------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------------------------------------------


def short(value):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 300 else text[:297] + '...'


def diff(a, b, where, out):
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            out.append('%s: keys %s != %s' % (where, short(list(a)), short(list(b))))
        for key in a:
            if key in b:
                diff(a[key], b[key], '%s.%s' % (where, key), out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append('%s: length %d != %d' % (where, len(a), len(b)))
        for index, (x, y) in enumerate(zip(a, b)):
            diff(x, y, '%s[%d]' % (where, index), out)
    elif a != b or type(a) is not type(b):
        out.append('%s: %s != %s' % (where, short(a), short(b)))


def main(argv=None):
    parser = argparse.ArgumentParser(description='Compare two InterviewPrep servers request by request.')
    parser.add_argument('base_a', help='e.g. http://127.0.0.1:8001 (the reference)')
    parser.add_argument('base_b', help='e.g. http://127.0.0.1:8002 (the server under test)')
    parser.add_argument('--report', help='write every step with both normalised responses and differences (JSON)')
    parser.add_argument('--record', help="write the request/response pairs of BASE_A as a fixture (JSON)")
    parser.add_argument('--admin-username', default='admin')
    parser.add_argument('--admin-password', default='admin-pass-123')
    args = parser.parse_args(argv)

    for base in (args.base_a, args.base_b):
        host = urllib.parse.urlsplit(base).hostname
        if host not in ('127.0.0.1', 'localhost', '::1'):
            parser.error('only loopback servers are allowed: %s' % base)

    a, b = Target(args.base_a), Target(args.base_b)
    passed = failed = 0
    steps = []
    for number, step in enumerate(sequence(args.admin_username, args.admin_password), start=1):
        response_a = normalise(step, a, *a.send(step))
        response_b = normalise(step, b, *b.send(step))
        differences = []
        if step.instead_of_500 is not None:
            if response_a['status'] != 500:
                differences.append('reference: status %d, expected its 500' % response_a['status'])
            diff(step.instead_of_500, {key: response_b.get(key) for key in step.instead_of_500}, 'response', differences)
        else:
            diff(response_a, response_b, 'response', differences)
        if differences:
            failed += 1
            print('FAIL %d %s: %s %s' % (number, step.name, step.method, step.path))
            for line in differences:
                print('    ' + line)
        else:
            passed += 1
        steps.append({'request': step.describe(), 'a': response_a, 'b': response_b, 'differences': differences})

    if args.report:
        write_json(args.report, {'base_a': args.base_a, 'base_b': args.base_b, 'passed': passed, 'failed': failed,
                                 'steps': steps})
    if args.record:
        write_json(args.record, {
            'about': 'Responses of the DRF 3.14 reference of InterviewPrep to the differential sequence, normalised '
                     'as differential.py does (see README.md). Servers start fresh with the bank seeded.',
            'admin': {'username': args.admin_username, 'password': args.admin_password},
            'compared_headers': COMPARED_HEADERS,
            'exchanges': [{'request': item['request'], 'response': item['a']} for item in steps],
        })
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


def write_json(path, data):
    with open(path, 'w', encoding='utf-8') as handle:
        json.dump(data, handle, indent=1, ensure_ascii=False)
        handle.write('\n')


if __name__ == '__main__':
    sys.exit(main())
