#!/usr/bin/env python3
# Randomised, stateful differential check of two InterviewPrep servers: a seeded random request sequence, ids tracked.
"""Usage: fuzz.py BASE_A BASE_B [--seed N] [--steps N] [--report FILE] [--admin-username U] [--admin-password P]

Both servers must be freshly started (empty database, bank seeded, the same admin user configured), on loopback.
The sequence is generated step by step from the seed and from what BASE_A (the reference) answered (ids of created
objects, tokens, deletions), so a seed replays the same sequence against the same reference. Steps, sending,
normalisation and comparison are differential.py's. Standard library only. Exit code 0 when every step matches, 1 when
any differs, 2 on usage errors.
"""
import argparse
import json
import os
import random
import re
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from differential import Step, Target, csv_part, diff, normalise, write_json  # noqa: E402

V1, V2 = '/api/v1/', '/api/v2/'
LEVELS = ['junior', 'mid', 'senior']
BANK_TOPICS = ['serializers', 'views', 'caching']
WORDS = ['serializer', 'view', 'throttle', 'cache', 'router', 'token', 'page', 'filter', 'model', 'query', 'Plain',
         'ModelSerializer', 'queryset', 'permission', 'scope', 'rate', 'never', 'idea', 'ÉCOLE', 'école', 'Straße',
         'ΣΑΣ', 'σας', 'İstanbul', 'KELVIN', '\u212a', 'ǅ', 'ﬁle', 'Ⅻ', 'naïve', 'NAÏVE', '100%', 'a_b', 'back\\slash', '%_', 'ǈ', 'ﬀ']


DELETED_ID_RE = re.compile(r'^/api/v\d/(questions|attempts)/(\d+)(?:/|\.json)')


class State:
    """What the reference answered so far: users, tokens, topics, questions, attempts."""

    def __init__(self, admin_username, admin_password):
        self.users = {'admin': admin_password}  # label -> password (label 'admin' is the admin user name below)
        self.usernames = {'admin': admin_username}
        self.tokens = set()  # labels with a token captured on both sides
        self.topics = list(BANK_TOPICS)
        self.deleted_topics = []
        self.questions = []  # ids
        self.deleted_questions = []
        self.titles = {}  # id -> title
        self.attempts = {}  # attempt id -> owner label
        self.deleted_attempts = []
        self.counter = 0


class Fuzzer:
    def __init__(self, rng, state, anonymous=0.12, varied=0.12):
        self.rng = rng
        self.varied = varied
        self.st = state
        self.anonymous = anonymous

    # -- helpers ---------------------------------------------------------------------------------------------------

    def pick(self, items):
        return self.rng.choice(items)

    def chance(self, p):
        return self.rng.random() < p

    def unique(self):
        self.st.counter += 1
        return self.st.counter

    def version(self):
        return V2 if self.chance(0.25) else V1

    def some_auth(self, staff_weight=0.5):
        """A token label (admin or a user) or None (anonymous)."""
        roll = self.rng.random()
        users = sorted(self.st.tokens - {'admin'})
        if roll < self.anonymous:
            return None
        if roll < self.anonymous + staff_weight * (1 - self.anonymous) or not users:
            return 'admin' if 'admin' in self.st.tokens else None
        return self.pick(users)

    def question_id(self, existing=0.8):
        if self.st.questions and self.chance(existing):
            return self.pick(self.st.questions)
        if self.st.deleted_questions and self.chance(0.6):
            return self.pick(self.st.deleted_questions)
        return self.pick([9999, 0, 1, 2, 3, 22, 23, 24, 40])

    def topic_slug(self, existing=0.8):
        if self.chance(existing):
            return self.pick(self.st.topics)
        if self.st.deleted_topics and self.chance(0.6):
            return self.pick(self.st.deleted_topics)
        return self.pick(['nope', 'Views', 'views-x', 'a_b'])

    def pad(self, text):
        """Text between characters that Python's str.strip() removes (and one it keeps)."""
        spaces = ['\x1c', '\x1f', '\x85', '\xa0', '\u3000', '\t', '\u2028', '\u200b', ' ']
        return self.pick(spaces) + text + self.pick(spaces)

    def words(self, count):
        return ' '.join(self.pick(WORDS) for _ in range(count))

    # -- payloads ----------------------------------------------------------------------------------------------------

    def question_payload(self, partial=False):
        n = self.unique()
        level = self.pick(LEVELS)
        data = {
            'title': 'Fuzz question %d about %s?' % (n, self.pick(WORDS)),
            'level': level,
            'frequency_rank': self.rng.randint(1, 60),
            'topic': self.topic_slug(0.95),
            'answer': self.words(self.rng.randint(1, 8)),
        }
        if self.chance(0.6):
            data['follow_up'] = self.pick(['', self.words(3)])
        if self.chance(0.7) or level == 'senior':
            data['key_points'] = ['|'.join(self.pick(WORDS).lower() for _ in range(self.rng.randint(1, 2)))
                                  for _ in range(self.rng.randint(0 if level != 'senior' else 1, 4))]
        if self.chance(0.6):
            data['red_flags'] = [{'text': self.pick(WORDS).lower()} for _ in range(self.rng.randint(0, 3))]
        # Invalid variants.
        if self.chance(0.35):
            mutation = self.rng.randint(0, 18)
            if mutation == 0:
                data['title'] = data['title'].rstrip('?')
            elif mutation == 1 and self.st.titles:
                data['title'] = self.pick(sorted(self.st.titles.values()))
            elif mutation == 2:
                data['level'] = self.pick(['expert', 'Senior', '', None])
            elif mutation == 3:
                data['frequency_rank'] = self.pick([0, -1, 'abc', 1.5, '7', None, True, 2 ** 63, 7.0, '7.0', ' 7 ',
                                                    '1e1', '', [], {}, '0x10', '\uff17', 2 ** 31, '-0'])
            elif mutation == 4:
                data['topic'] = self.pick(['nope', '', None, 5])
            elif mutation == 5:
                data['level'] = 'senior'
                data['key_points'] = []
            elif mutation == 6:
                data['key_points'] = self.pick([['x' * 201], [''], 'notalist', [None], [1, 'a']])
            elif mutation == 7:
                data['red_flags'] = self.pick([[{}], [{'text': ''}], [{'text': 'r' * 301}], 'x', [None], {'text': 'a'}])
            elif mutation == 8:
                data.pop(self.pick(['title', 'level', 'frequency_rank', 'topic', 'answer']))
            elif mutation == 9:
                data['answer'] = self.pick(['', None, '   '])
            elif mutation == 10:
                data['title'] = 't' * 200 + '?'
            elif mutation == 11:
                data['id'] = 5
                data['created_at'] = '2020-01-01T00:00:00Z'
            elif mutation == 12:
                data['title'] = '  %s  ' % data['title']
            elif mutation == 14 and self.st.titles:
                title = self.pick(sorted(t for t in self.st.titles.values() if t))
                data['title'] = self.pick([title.upper(), title.lower(), title + ' ', title.replace('?', ' ?')])
            elif mutation == 17:
                name = self.pick(['title', 'answer', 'follow_up', 'topic', 'level'])
                if isinstance(data.get(name), str):
                    data[name] = self.pad(data[name])
            elif mutation == 15:
                data['red_flags'] = [{'text': 'x', 'id': 3, 'extra': 1}, {'text': ' padded '}]
            elif mutation == 16:
                data['key_points'] = self.pick([[' padded ', 'a|b| c ', 'x' * 200], ['a||b'], ['|'], ['\x1cpad\x1f']])
            else:
                data['follow_up'] = None
        if partial:
            keys = self.rng.sample(sorted(data), self.rng.randint(0, min(3, len(data))))
            data = {k: data[k] for k in keys}
        return data

    def topic_payload(self, partial=False):
        n = self.unique()
        data = {'name': 'Fuzz topic %d' % n, 'slug': 'fuzz-%d' % n}
        if self.chance(0.5):
            data['description'] = self.words(4)
        if self.chance(0.3):
            mutation = self.rng.randint(0, 7)
            if mutation == 7:
                name = self.pick(['name', 'slug', 'description'])
                if name in data:
                    data[name] = self.pad(data[name])
            elif mutation == 0:
                data['slug'] = self.pick(['bad slug', 'é', '', 'a/b', 's' * 51])
            elif mutation == 1:
                data['slug'] = self.topic_slug(1.0)
            elif mutation == 2:
                data['name'] = self.pick(['Serializers', 'Views', '', 'n' * 101, None])
            elif mutation == 3:
                data.pop('name')
            elif mutation == 4:
                data.pop('slug')
            elif mutation == 5:
                data['description'] = None
            else:
                data['id'] = 1
        if partial:
            keys = self.rng.sample(sorted(data), self.rng.randint(0, len(data)))
            data = {k: data[k] for k in keys}
        return data

    def body_kwargs(self, data):
        """JSON mostly, sometimes a form or multipart body (lists as repeated keys, nested items as key[0]text)."""
        if not self.chance(0.25):
            return {'json_body': data}
        pairs = []
        for key, value in data.items():
            if value is None or isinstance(value, (dict, bool, float)):
                return {'json_body': data}
            if isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, dict):
                        for sub, text in item.items():
                            pairs.append(('%s[%d]%s' % (key, index, sub), str(text)))
                    elif isinstance(item, str):
                        pairs.append((key, item) if self.chance(0.5) else ('%s[%d]' % (key, index), item))
                    else:
                        return {'json_body': data}
            else:
                pairs.append((key, str(value)))
        if self.chance(0.3):
            return {'multipart': [(k, None, None, v.encode('utf-8')) for k, v in pairs]}
        return {'body': urllib.parse.urlencode(pairs).encode('utf-8'),
                'content_type': 'application/x-www-form-urlencoded'}

    # -- steps -------------------------------------------------------------------------------------------------------

    def step(self):
        kinds = [
            (self.signup, 5), (self.login, 4), (self.topic_write, 8), (self.question_create, 10),
            (self.question_update, 9), (self.question_delete, 4), (self.practice, 9), (self.attempts, 7),
            (self.question_list, 16), (self.detail, 9), (self.options_head, 6), (self.csv_import, 4),
            (self.users, 3), (self.study_plan, 3),
        ]
        total = sum(w for _, w in kinds)
        roll = self.rng.uniform(0, total)
        for make, weight in kinds:
            roll -= weight
            if roll <= 0:
                break
        step = make()
        if self.chance(self.varied):
            self.vary(step)
        return step

    def vary(self, step):
        """Negotiation and routing around the same request: Accept, ?format=, suffixes, slashes, versions."""
        path, _, query = step.path.partition('?')
        roll = self.rng.randint(0, 6)
        if roll == 0:
            step.accept = self.pick(['text/html', 'application/xml', '*/*', 'application/json; indent=2',
                                     'application/json; version=v2', 'text/html;q=0.5, application/json'])
        elif roll == 1:
            query = (query + '&' if query else '') + 'format=' + self.pick(['json', 'api', 'xml'])
        elif roll == 2 and path.endswith('/') and path.count('/') > 3:
            path = path[:-1] + self.pick(['.json', '.api', '.xml'])
        elif roll == 3 and path.endswith('/'):
            path = path[:-1]
        elif roll == 4:
            path = path.replace('/api/v1/', '/api/v3/').replace('/api/v2/', '/api/v0/')
        elif roll == 5:
            step.headers = {'X-Forwarded-For': '10.0.0.%d' % self.rng.randint(1, 9)}
        else:
            path = path.replace('/api/v1/', '/api/V1/')
        step.path = path + ('?' + query if query else '')
        step.name += ' (varied)'

    def signup(self):
        auth = self.some_auth(0.3)
        n = self.unique()
        label = 'user%d' % n
        data = {'username': label, 'email': label + '@example.com', 'password': 'pass-%d-long' % n,
                'password_confirm': 'pass-%d-long' % n}
        if self.chance(0.3):
            mutation = self.rng.randint(0, 8)
            if mutation == 7:
                data['email'] = label + '@' + self.pick(['ÉCOLE.fr', 'İstanbul.tr', 'ΣΑΣ.gr', 'EXAMPLE.COM', 'Straße.de',
                                                         'ǅ.example', 'xn--bcher-kva.CH', '\u212aelvin.org'])
            elif mutation == 8:
                data['username'] = self.pad(label)
            elif mutation == 0:
                data['password'] = data['password_confirm'] = 'short'
            elif mutation == 1:
                data['password_confirm'] = 'different-pass'
            elif mutation == 2:
                data['email'] = self.pick(['nope', '', 'a@b', None])
            elif mutation == 3 and len(self.st.usernames) > 1:
                data['username'] = self.pick(sorted(self.st.usernames.values()))
            elif mutation == 4:
                data.pop(self.pick(sorted(data)))
            elif mutation == 5:
                data['username'] = 'u' * 151
            else:
                data['username'] = ''
        step = Step('signup', 'POST', self.version() + 'auth/signup/', auth=auth, **self.body_kwargs(data))
        step.fuzz_signup = (label, data)
        return step

    def login(self):
        labels = sorted(self.st.users)
        fresh = [name for name in labels if name not in self.st.tokens]
        label = self.pick(fresh if fresh and self.chance(0.7) else labels)
        password = self.st.users[label]
        if self.chance(0.2):
            password = 'wrong-password'
        username = self.st.usernames[label]
        if self.chance(0.1):
            username = self.pick([username.upper(), ' %s' % username, username + ' '])
        data = {'username': username, 'password': password}
        if self.chance(0.1):
            data.pop(self.pick(sorted(data)))
        auth = label if (label in self.st.tokens and self.chance(0.3)) else None
        kwargs = self.body_kwargs(data) if not self.chance(0.15) else {
            'multipart': [(k, None, None, v.encode('utf-8')) for k, v in data.items()]}
        return Step('token login ' + label, 'POST', self.version() + 'auth/token/', auth=auth, save_token=label,
                    **kwargs)

    def topic_write(self):
        auth = self.some_auth(0.7)
        roll = self.rng.random()
        if roll < 0.45:
            return Step('topic create', 'POST', self.version() + 'topics/', auth=auth,
                        **self.body_kwargs(self.topic_payload()))
        slug = self.topic_slug(0.85)
        path = self.version() + 'topics/%s/' % slug
        if roll < 0.8:
            method = self.pick(['PUT', 'PATCH'])
            step = Step('topic ' + method, method, path, auth=auth,
                        **self.body_kwargs(self.topic_payload(partial=method == 'PATCH')))
            step.fuzz_topic = slug
            return step
        step = Step('topic delete', 'DELETE', path, auth=auth)
        step.fuzz_topic = slug
        return step

    def question_create(self):
        return Step('question create', 'POST', self.version() + 'questions/', auth=self.some_auth(0.75),
                    **self.body_kwargs(self.question_payload()))

    def question_update(self):
        method = self.pick(['PUT', 'PATCH'])
        qid = self.question_id()
        return Step('question ' + method, method, self.version() + 'questions/%d/' % qid,
                    auth=self.some_auth(0.75), **self.body_kwargs(self.question_payload(partial=method == 'PATCH')))

    def question_delete(self):
        qid = self.question_id(0.85)
        return Step('question delete', 'DELETE', self.version() + 'questions/%d/' % qid, auth=self.some_auth(0.7))

    def practice(self):
        qid = self.question_id(0.9)
        data = {'answer': self.words(self.rng.randint(1, 10))}
        if self.chance(0.15):
            data = self.pick([{}, {'answer': ''}, {'answer': None}, {'answer': 'x' * 5001}, {'answer': 5}])
        return Step('practice', 'POST', self.version() + 'questions/%d/practice/' % qid, auth=self.some_auth(0.2),
                    **self.body_kwargs(data))

    def attempt_id(self):
        if self.st.attempts and self.chance(0.75):
            return self.pick(sorted(self.st.attempts))
        if self.st.deleted_attempts and self.chance(0.5):
            return self.pick(self.st.deleted_attempts)
        return self.pick([1, 2, 999])

    def attempts(self):
        auth = self.some_auth(0.2)
        roll = self.rng.random()
        if roll < 0.4:
            query = self.list_query(['page', 'page_size'])
            return Step('attempts list', 'GET', self.version() + 'attempts/' + query, auth=auth)
        aid = self.attempt_id()
        path = self.version() + 'attempts/%d/' % aid
        if roll < 0.75:
            return Step('attempt detail', 'GET', path, auth=auth)
        return Step('attempt delete', 'DELETE', path, auth=auth)

    def list_query(self, names):
        params = []
        for name in names:
            if not self.chance(0.35):
                continue
            if name == 'page':
                value = self.pick(['1', '2', '3', '4', 'last', '0', 'x', '10'])
            elif name == 'page_size':
                value = self.pick(['1', '2', '3', '5', '7', '20', '100', '101', '0', 'x'])
            elif name == 'level':
                value = self.pick(LEVELS + ['expert', ''])
            elif name == 'topic__slug':
                value = self.topic_slug(0.8)
            elif name in ('frequency_rank__gte', 'frequency_rank__lte'):
                value = self.pick([str(self.rng.randint(0, 60)), '5.5', 'x', ''])
            elif name == 'search':
                value = self.pick([' ', ',', ', ', '\t']).join(self.pick(WORDS)[:self.rng.randint(3, 6)]
                                                           for _ in range(self.rng.randint(1, 2)))
            elif name == 'ordering':
                value = ','.join(self.pick(['title', '-title', 'bogus', 'level', 'frequency_rank', '-frequency_rank',
                                            'created_at', '-created_at', 'id', '-updated_at', 'answer'])
                                 for _ in range(self.rng.randint(1, 3)))
            else:
                value = 'x'
            if self.chance(0.1):
                value = self.pad(value)
            params.append((name, value))
        self.rng.shuffle(params)
        return ('?' + urllib.parse.urlencode(params)) if params else ''

    def question_list(self):
        query = self.list_query(['page', 'page_size', 'level', 'topic__slug', 'frequency_rank__gte',
                                 'frequency_rank__lte', 'search', 'ordering'])
        return Step('question list', 'GET', self.version() + 'questions/' + query, auth=self.some_auth(0.2))

    def detail(self):
        roll = self.rng.random()
        auth = self.some_auth(0.3)
        if roll < 0.6:
            return Step('question detail', 'GET', self.version() + 'questions/%d/' % self.question_id(0.75), auth=auth)
        if roll < 0.85:
            return Step('topic detail', 'GET', self.version() + 'topics/%s/' % self.topic_slug(0.7), auth=auth)
        query = self.list_query(['page', 'page_size'])
        return Step('topic list', 'GET', self.version() + 'topics/' + query, auth=auth)

    def routes(self):
        v = self.version()
        return [v, v + 'auth/signup/', v + 'auth/token/', v + 'study-plan/', v + 'topics/',
                v + 'topics/%s/' % self.topic_slug(0.8), v + 'questions/', v + 'questions/%d/' % self.question_id(),
                v + 'questions/%d/practice/' % self.question_id(), v + 'questions/import/', v + 'attempts/',
                v + 'attempts/%d/' % self.attempt_id(), v + 'users/', v + 'users/me/', v + 'users/1/']

    def options_head(self):
        method = self.pick(['OPTIONS', 'OPTIONS', 'HEAD'])
        path = self.pick(self.routes())
        return Step(method.lower() + ' route', method, path, auth=self.some_auth(0.4))

    def csv_import(self):
        header = ['title', 'level', 'frequency_rank', 'topic', 'answer', 'follow_up', 'key_points', 'red_flags']
        if self.chance(0.3):
            self.rng.shuffle(header)
        if self.chance(0.15):
            header = [h for h in header if h not in ('follow_up', 'key_points', 'red_flags')]
        if self.chance(0.05):
            header.remove(self.pick(['title', 'topic']))
        lines = [','.join(header)]
        for _ in range(self.rng.randint(0, 4)):
            data = self.question_payload()
            if self.st.titles and self.chance(0.3):
                data['title'] = self.pick(sorted(self.st.titles.values()))
            row = {
                'title': data.get('title', ''), 'level': data.get('level', ''),
                'frequency_rank': data.get('frequency_rank', ''), 'topic': data.get('topic', ''),
                'answer': data.get('answer', ''), 'follow_up': data.get('follow_up', ''),
                'key_points': ';'.join(str(k) for k in data['key_points']) if isinstance(data.get('key_points'), list) else '',
                'red_flags': ';'.join(str(f.get('text', '')) for f in data['red_flags'] if isinstance(f, dict))
                if isinstance(data.get('red_flags'), list) else '',
            }
            cells = []
            for name in header:
                value = '' if row[name] is None else str(row[name])
                if self.chance(0.03):
                    value = value + '\nsecond line'
                cells.append('"%s"' % value.replace('"', '""') if any(c in value for c in ',"\n') else value)
            if self.chance(0.1):
                cells = cells[:self.rng.randint(1, len(cells))] if self.chance(0.5) else cells + ['extra']
            lines.append(','.join(cells))
            if self.chance(0.1):
                lines.append('')
        if self.chance(0.15):
            lines[0] = ','.join(' %s ' % name for name in header)
        newline = self.pick(['\n', '\n', '\r\n', '\r'])
        text = newline.join(lines) + (newline if self.chance(0.8) else '')
        if self.chance(0.15):
            text = '\ufeff' + text
        query = '?dry_run=%s' % self.pick(['true', '1', 'false', 'no']) if self.chance(0.3) else ''
        return Step('csv import', 'POST', self.version() + 'questions/import/' + query, auth=self.some_auth(0.8),
                    multipart=csv_part(text))

    def users(self):
        auth = self.some_auth(0.4)
        path = self.pick(['users/', 'users/me/', 'users/1/', 'users/%d/' % self.rng.randint(2, 8)])
        return Step('users', 'GET', self.version() + path, auth=auth)

    def study_plan(self):
        params = []
        if self.chance(0.6):
            params.append(('minutes', self.pick(['10', '30', '60', '240', '5', '241', 'x', '', self.pad('20')])))
        if self.chance(0.5):
            params.append(('level', self.pick(LEVELS + ['expert', ''])))
        query = ('?' + urllib.parse.urlencode(params)) if params else ''
        return Step('study plan', 'GET', self.version() + 'study-plan/' + query, auth=self.some_auth(0.3))

    # -- learning from the reference's answer -------------------------------------------------------------------------

    def learn(self, step, status, body, tokens_a, tokens_b):
        st = self.st
        try:
            data = json.loads(body) if body else None
        except ValueError:
            data = None
        path = step.path
        if step.save_token and step.save_token in tokens_a and step.save_token in tokens_b:
            st.tokens.add(step.save_token)
        if getattr(step, 'fuzz_signup', None) and status == 201:
            label, sent = step.fuzz_signup
            if isinstance(data, dict) and data.get('username') == label:
                st.users[label] = sent['password']
                st.usernames[label] = label
        if step.method == 'POST' and '/topics' in path and status == 201 and isinstance(data, dict):
            st.topics.append(data['slug'])
        if getattr(step, 'fuzz_topic', None):
            slug = step.fuzz_topic
            if step.method in ('PUT', 'PATCH') and status == 200 and isinstance(data, dict) and data['slug'] != slug:
                st.topics.remove(slug)
                st.deleted_topics.append(slug)
                st.topics.append(data['slug'])
            if step.method == 'DELETE' and status == 204:
                st.topics.remove(slug)
                st.deleted_topics.append(slug)
        if '/questions/' in path and status in (200, 201) and isinstance(data, dict) and 'title' in data \
                and 'url' in data:
            if data['id'] not in st.questions:
                st.questions.append(data['id'])
            st.titles[data['id']] = data['title']
        deleted = DELETED_ID_RE.match(path) if step.method == 'DELETE' and status == 204 else None
        if deleted and deleted.group(1) == 'questions':
            qid = int(deleted.group(2))
            if qid in st.questions:
                st.questions.remove(qid)
                st.titles.pop(qid, None)
                st.deleted_questions.append(qid)
                for aid in [a for a in st.attempts if st.attempts[a][1] == qid]:
                    del st.attempts[aid]
                    st.deleted_attempts.append(aid)
        if '/practice' in path and status == 201 and isinstance(data, dict):
            st.attempts[data['id']] = (step.auth, data['question'])
        if deleted and deleted.group(1) == 'attempts':
            aid = int(deleted.group(2))
            st.attempts.pop(aid, None)
            st.deleted_attempts.append(aid)
        if '/questions/' in path and step.method == 'GET' and status == 200 and isinstance(data, dict) \
                and isinstance(data.get('results'), list):
            for item in data['results']:
                if isinstance(item, dict) and 'id' in item and item['id'] not in st.questions:
                    st.questions.append(item['id'])
                    st.titles[item['id']] = item.get('title')


def unrouted(response):
    return response['status'] == 404 and response.get('headers', {}).get('Content-Type') == 'text/html'


def main(argv=None):
    parser = argparse.ArgumentParser(description='Compare two InterviewPrep servers on a random, stateful sequence.')
    parser.add_argument('base_a', help='e.g. http://127.0.0.1:8001 (the reference)')
    parser.add_argument('base_b', help='e.g. http://127.0.0.1:8002 (the server under test)')
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--steps', type=int, default=300)
    parser.add_argument('--report', help='write every step with both normalised responses and differences (JSON)')
    parser.add_argument('--admin-username', default='admin')
    parser.add_argument('--admin-password', default='admin-pass-123')
    parser.add_argument('--anonymous', type=float, default=0.12,
                        help='share of anonymous requests (0.6 with 2,000 steps reaches the anon rate of 1000/day)')
    parser.add_argument('--varied', type=float, default=0.12,
                        help='share of steps with varied negotiation or routing (Accept, ?format=, suffixes, ...)')
    parser.add_argument('--verbose', action='store_true', help='print every step')
    args = parser.parse_args(argv)

    for base in (args.base_a, args.base_b):
        host = urllib.parse.urlsplit(base).hostname
        if host not in ('127.0.0.1', 'localhost', '::1'):
            parser.error('only loopback servers are allowed: %s' % base)

    a, b = Target(args.base_a), Target(args.base_b)
    state = State(args.admin_username, args.admin_password)
    fuzzer = Fuzzer(random.Random(args.seed), state, args.anonymous, args.varied)
    # The admin logs in first (as alice and bob in differential.py); its token is reused by most writes.
    steps_to_run = [Step('token login admin', 'POST', V1 + 'auth/token/', save_token='admin',
                         json_body={'username': args.admin_username, 'password': args.admin_password})]
    passed = failed = 0
    report = []
    number = 0
    while number < args.steps:
        step = steps_to_run.pop() if steps_to_run else fuzzer.step()
        number += 1
        status_a, headers_a, body_a = a.send(step)
        status_b, headers_b, body_b = b.send(step)
        response_a = normalise(step, a, status_a, headers_a, body_a)
        response_b = normalise(step, b, status_b, headers_b, body_b)
        fuzzer.learn(step, status_a, body_a, a.tokens, b.tokens)
        if unrouted(response_a) and response_b['status'] == 404:
            # A path that matches no route (Django's own 404 page, text/html without a charset): status only, as
            # differential.py's unrouted steps (their bodies and headers are the contract's allowed differences).
            response_a, response_b = {'status': 404}, {'status': 404}
        if rank_beyond_64_bits(step):
            response_a, response_b = without_rank_range(response_a, response_b)
        differences = []
        diff(response_a, response_b, 'response', differences)
        if args.verbose:
            print('%d %s: %s %s -> %s' % (number, step.name, step.method, step.path, status_a))
        if differences:
            failed += 1
            print('FAIL %d %s: %s %s' % (number, step.name, step.method, step.path))
            print('    request: %s' % json.dumps(step.describe(), ensure_ascii=False)[:600])
            for line in differences:
                print('    ' + line)
        else:
            passed += 1
        report.append({'request': step.describe(), 'a': response_a, 'b': response_b, 'differences': differences})

    if args.report:
        write_json(args.report, {'base_a': args.base_a, 'base_b': args.base_b, 'seed': args.seed,
                                 'passed': passed, 'failed': failed, 'steps': report})
    print('seed %d: %d passed, %d failed' % (args.seed, passed, failed))
    return 1 if failed else 0


RANK_RANGE = ['Ensure this value is less than or equal to 9223372036854775807.']


def rank_beyond_64_bits(step):
    """Whether the step writes a frequency_rank that is an integer beyond 64 bits (JSON, form or multipart)."""
    values = []
    for data in (step.json_body, step.form):
        if isinstance(data, dict) and 'frequency_rank' in data:
            values.append(data['frequency_rank'])
    for part in step.multipart or []:
        if part[0] == 'frequency_rank':
            values.append(part[3].decode('utf-8', 'replace') if isinstance(part[3], bytes) else part[3])
    for value in values:
        if isinstance(value, bool):
            continue
        try:
            number = int(value)
        except (TypeError, ValueError):
            continue
        if not -2 ** 63 <= number < 2 ** 63:
            return True
    return False


def without_rank_range(response_a, response_b):
    """DRF 3.14 gives the SQLite column no range: such a rank fails on save (500), or the other errors answer (400). The C#
    field is bounded by its 64-bit column (README, "Known differences"): its max_value error comes instead of the 500, or
    beside the other errors. Compared without that error."""
    json_b = response_b.get('json')
    if not (response_b['status'] == 400 and isinstance(json_b, dict) and json_b.get('frequency_rank') == RANK_RANGE):
        return response_a, response_b
    if response_a['status'] == 500:
        return {'status': 400}, {'status': 400}
    rest = {key: value for key, value in json_b.items() if key != 'frequency_rank'}
    return response_a, dict(response_b, json=rest) if rest else response_b


if __name__ == '__main__':
    sys.exit(main())
