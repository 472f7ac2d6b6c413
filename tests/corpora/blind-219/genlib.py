# Shared helpers for gen.py (standard library only).
import os, json, random, hashlib, base64, quopri, string
import datetime as dt
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))

ME_NAME = 'Daichi Kanemura'
ME_JA = '金村 大地'
ME_P = 'daichi.kanemura.k@gmail.com'
ME_C = 'd-kanemura@seiran-sol.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

CASE_A = '174096444012873'   # account merge, company -> personal (15 digits)
CASE_B = '174096480003391'   # duplicate form from company address
CASE_C = '14823307915'       # Japanese case: benefit voucher after merge (11 digits)
CASE_D = '174243960006614'   # console case: Builder ID signs into stray profile
CASE_F = '174054600075208'   # name on certificate, closed at owner's request
CASE_G = '174346200041193'   # exam accommodation (ESL +30)
CID_OLD = 'AWS04417630'
CID_NEW = 'AWS05927114'
CID_STRAY = 'AWS06180452'

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def h32(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


def d(y, mo, da, h, mi, tz=JST, s=0):
    return dt.datetime(y, mo, da, h, mi, s, tzinfo=tz)


def enc(s, cs='utf-8'):
    """Header value: encoded-word only when needed."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def leaf(text, sub='plain', cs='utf-8', cte='qp'):
    if cs.lower() == 'iso-2022-jp':
        cte = '7bit'
    data = text.encode(cs)
    if cte == 'qp':
        body = quopri.encodestring(data).decode('ascii')
    elif cte == 'b64':
        body = base64.encodebytes(data).decode('ascii')
    elif cte == '7bit':
        body = data.decode('ascii')
    else:  # 8bit utf-8
        body = text
    h = ['Content-Type: text/%s; charset="%s"' % (sub, cs),
         'Content-Transfer-Encoding: %s' % {'qp': 'quoted-printable', 'b64': 'base64'}.get(cte, cte)]
    return (h, body)


def multi(sub, parts, seed='x'):
    b = '----=_Part_%s' % hashlib.md5(seed.encode()).hexdigest()[:20]
    body = ''
    for ph, pb in parts:
        body += '--%s\n%s\n\n%s\n' % (b, '\n'.join(ph), pb.rstrip('\n'))
    body += '--%s--\n' % b
    return (['Content-Type: multipart/%s;\n boundary="%s"' % (sub, b)], body)


def alt(text, html, seed, cs='utf-8', cte='qp', hcte=None):
    return multi('alternative', [leaf(text, 'plain', cs, cte),
                                 leaf(html, 'html', cs, hcte or cte)], seed)


def html_wrap(inner, style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="%s">\n%s\n</body></html>\n' % (style, inner))


def paras(text):
    out = []
    for p in text.strip('\n').split('\n\n'):
        out.append('<p>' + p.replace('&', '&amp;').replace('<', '&lt;')
                   .replace('>', '&gt;').replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


def q_gmail(text, when, name, a, lang='en'):
    if lang == 'en':
        head = 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
            when.strftime('%a'), when.strftime('%b'), when.day, when.year,
            (when.hour % 12) or 12, when.minute, 'AM' if when.hour < 12 else 'PM', name, a)
    else:
        head = '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (
            when.year, when.month, when.day, '月火水木金土日'[when.weekday()],
            when.hour, when.minute, name, a)
    lines = text.rstrip('\n').split('\n')
    return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in lines) + '\n'


def q_outlook(text, when, frm, to, subj):
    return ('-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\n'
            'Subject: %s\n\n%s' % (frm, when.strftime('%A'), when.strftime('%B'), when.day,
                                   when.year, (when.hour % 12) or 12, when.minute,
                                   'AM' if when.hour < 12 else 'PM', to, subj, text))


def rnd(seed):
    return random.Random(hashlib.sha1(seed.encode()).hexdigest())


def make_mid(seed, style):
    r = rnd(seed)
    hx = lambda n: ''.join(r.choice('0123456789abcdef') for _ in range(n))
    if style == 'ses':
        return '<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
            hx(12), hx(8), hx(4), hx(4), hx(4), hx(12))
    if style == 'sesap':
        return '<0106%s-%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>' % (
            hx(12), hx(8), hx(4), hx(4), hx(4), hx(12))
    if style == 'gmail':
        al = string.ascii_letters + string.digits + '_-'
        return '<CA%s@mail.gmail.com>' % ''.join(r.choice(al) for _ in range(44))
    if style == 'outlook':
        return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (
            r.randint(1000, 9999), hx(20).upper(), r.randint(1000, 9999))
    return '<%s.%s@%s>' % (hx(16), hx(8), style)


def auth_google(frm_domain, mailfrom, dkim_d=None, ok=True, ip='54.240.27.12'):
    dkim_d = dkim_d or frm_domain
    if ok:
        return ['Authentication-Results: mx.google.com;\n'
                '       dkim=pass header.i=@%s header.s=s%d header.b=Qx7f2LmA;\n'
                '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
                '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s'
                % (dkim_d, h32(dkim_d) % 9 + 1, mailfrom, ip, mailfrom, frm_domain)]
    return ['Authentication-Results: mx.google.com;\n'
            '       dkim=fail header.i=@%s header.s=s1 header.b=Zp0aLL3c;\n'
            '       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s'
            % (dkim_d, mailfrom, ip, mailfrom, frm_domain)]


def auth_ms(frm_domain, mailfrom_domain, ok=True):
    r = 'pass' if ok else 'fail'
    return ['Authentication-Results: spf=%s (sender IP is 54.240.8.47)\n'
            ' smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100'
            % (r, mailfrom_domain, r, frm_domain, r, frm_domain, r)]


def received(by, frm_host, when, ip='54.240.27.12'):
    return ['Received: from %s (%s [%s])\n        by %s with ESMTPS id x%d\n        for <rcpt>;\n        %s'
            % (frm_host, frm_host, ip, by, h32(frm_host + str(when)) % 10**8,
               format_datetime(when.astimezone(UTC)))]


class Corpus:
    def __init__(self):
        self.msgs = []
        self.ids = {}
        self.text = {}
        self.meta = {}

    def add(self, key, label, frm, to, subj, when, node, mid_style='ses', cc=None,
            reply_to=None, irt=None, top=None, extra=None, cs='utf-8', crlf=False,
            plain=None, note=''):
        mid = make_mid(key, mid_style)
        self.ids[key] = mid
        if plain is not None:
            self.text[key] = plain
        self.meta[key] = (frm, to, subj, when)
        h = []
        rcpt = to.split('<')[-1].rstrip('>') if '<' in to else to.split(',')[0]
        for line in (top or []):
            h.append(line.replace('<rcpt>', '<%s>' % rcpt))
        h.append('Date: ' + format_datetime(when))
        h.append('From: ' + frm)
        h.append('To: ' + to)
        if cc:
            h.append('Cc: ' + cc)
        if reply_to:
            h.append('Reply-To: ' + reply_to)
        h.append('Subject: ' + enc(subj, cs))
        h.append('Message-ID: ' + mid)
        if irt:
            keys = irt if isinstance(irt, list) else [irt]
            refs = [self.ids[k] for k in keys]
            h.append('In-Reply-To: ' + refs[-1])
            h.append('References: ' + '\n '.join(refs))
        for line in (extra or []):
            h.append(line)
        h.append('MIME-Version: 1.0')
        h.extend(node[0])
        self.msgs.append(dict(key=key, label=label, head=h, body=node[1], crlf=crlf,
                              note=note, subj=subj, frm=frm, when=when))

    def write(self):
        for f in os.listdir(OUT):
            if f.endswith('-msg.eml') or f.endswith('-msg.json'):
                os.remove(os.path.join(OUT, f))
        counts = {}
        last = None
        for i, m in enumerate(self.msgs, 1):
            if last and m['when'] < last:
                raise SystemExit('out of order at %d (%s)' % (i, m['key']))
            last = m['when']
            text = '\n'.join(m['head']) + '\n\n' + m['body']
            if not text.endswith('\n'):
                text += '\n'
            if m['crlf']:
                text = text.replace('\n', '\r\n')
            base = os.path.join(OUT, '%03d-msg' % i)
            with open(base + '.eml', 'wb') as f:
                f.write(text.encode('utf-8'))
            lab = m['label']
            with open(base + '.json', 'w') as f:
                json.dump(lab, f, ensure_ascii=False)
                f.write('\n')
            counts[lab['kind']] = counts.get(lab['kind'], 0) + 1
        return counts


def L(kind, reply=False, case=None, cids=()):
    return {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cids)}
