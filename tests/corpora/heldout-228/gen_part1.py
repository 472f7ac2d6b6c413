# Helpers: low-level MIME builder (standard library only) and the message list.
import base64, quopri, datetime, email.utils, hashlib
from email.header import Header

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc
PDT = datetime.timezone(datetime.timedelta(hours=-7))

ME_NAME = 'Mirela Kovač'
ME_P = 'mkovac@fastmail.com'
ME_C = 'm.kovac@kansai-cloudworks.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_NAME = 'AWS Training and Certification'

# case numbers
A = '174105072700412'      # merge case (APN hold, confirm, reopen)
A2 = '174105130000957'     # duplicate form submission of A
B = '174244207500236'      # certificate name (diacritic) case, Japanese agent
C = '17441029386'          # Support Center console case (voucher benefit)
OLD = '8837512094'         # 2021 case (forwarded from the archive)
ACT = '174229954400781'    # AWS Activate form case (other program)
COLL = '174288615100104'   # a colleague's own T&C case
FAKE1 = '174259093300555'  # phishing, invented number
FAKE2 = '174163385100288'  # phishing, invented number

CID_CO = 'AWS02318764'     # company certification account
CID_P = 'AWS04197350'      # personal certification account
CID_UNI = 'AWS00981233'    # 2019 university account found on reopen
CID_2021 = 'AWS01127735'   # duplicate merged in 2021
CID_COLL = 'AWS03356612'   # colleague

MESSAGES = []
IDS = {}   # message number -> Message-ID (for threading)


def d(s, tz=JST):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def h(*parts, n=16):
    return hashlib.sha1('|'.join(map(str, parts)).encode()).hexdigest()[:n]


def fdate(dt):
    return email.utils.format_datetime(dt)


def enc(value, charset='utf-8'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name, a, charset='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), a)


def _codec(charset):
    return {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932'}.get(charset.lower(), charset)


def encode_text(text, charset):
    codec = _codec(charset)
    if codec == 'iso2022_jp':
        return b'\n'.join(line.encode(codec) for line in text.split('\n'))
    return text.encode(codec)


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', params='', disposition=None,
         extra=None):
    raw = encode_text(text, charset) if isinstance(text, str) else text
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = 'Content-Type: %s' % ctype
    if charset:
        ct += '; charset="%s"' % charset
    if params:
        ct += '; ' + params
    lines = [ct, 'Content-Transfer-Encoding: %s' % cte]
    if disposition:
        lines.append('Content-Disposition: %s' % disposition)
    for k, v in (extra or []):
        lines.append('%s: %s' % (k, v))
    return ('\n'.join(lines) + '\n\n').encode('ascii') + body


def multipart(subtype, parts, seed, preamble=None):
    b = '----=_Part_%s' % h(seed, subtype, n=20)
    out = ('Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype, b)).encode()
    if preamble:
        out += (preamble + '\n').encode()
    for p in parts:
        out += ('--%s\n' % b).encode() + p
        if not p.endswith(b'\n'):
            out += b'\n'
    out += ('--%s--\n' % b).encode()
    return out


def add(label, headers, entity, note, crlf=False):
    """label: (kind, needs_reply, case, candidate_ids); headers: list of (name, value)."""
    kind, needs, case, cids = label
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    raw = ('\n'.join(lines) + '\n').encode('utf-8') + entity
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MESSAGES.append({
        'raw': raw,
        'label': {'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': list(cids)},
        'note': note,
    })


# ---- header snippets -------------------------------------------------------

def ses_id(dt, seed, region='us-east-1'):
    ms = int(dt.timestamp() * 1000)
    return '<%016x-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        0x0100000000000000 + ms, h(seed, 'a', n=8), h(seed, 'b', n=4), h(seed, 'c', n=4),
        h(seed, 'd', n=4), h(seed, 'e', n=12), region)


def fm_rcvd(dt, helo, ip, seed):
    """Received + delivery headers a Fastmail mailbox shows for inbound mail."""
    t = fdate(dt.astimezone(UTC))
    return [
        ('Return-Path', None),
        ('Received', 'from mailmx.nyi.internal (localhost [127.0.0.1])\n\t by sloti36d1t06 '
                     '(Cyrus 3.11.0-alpha0-1108-g3a29173c6-fm-20250226) with LMTPA;\n\t %s' % t),
        ('Received', 'from %s (%s [%s])\n\tby mx4.messagingengine.com (Postfix) with ESMTPS id %s\n'
                     '\tfor <%s>; %s' % (helo, helo, ip, h(seed, 'q', n=10).upper(), ME_P, t)),
        ('X-Delivered-to', ME_P),
    ]


def fm_auth(dom, mailfrom, dkim='pass', spf='pass', dmarc='pass', policy='quarantine', selector='s1'):
    if dkim == 'pass':
        dk = 'dkim=pass (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048' % (
            dom, dom, h(dom, mailfrom, n=8), selector)
    else:
        dk = 'dkim=%s' % dkim
    return ('Authentication-Results', 'mx4.messagingengine.com;\n    %s;\n    dmarc=%s policy.published-domain-policy=%s header.from=%s;\n    spf=%s smtp.mailfrom=%s' % (
        dk, dmarc, policy, dom, spf, mailfrom))


def ms_rcvd(dt, helo, ip, seed):
    t = fdate(dt)
    return [
        ('Received', 'from TYWPR01MB%s.jpnprd01.prod.outlook.com (2603:1096:400:%s::9) by\n TYCPR01MB8866.jpnprd01.prod.outlook.com with HTTPS; %s' % (
            h(seed, 'r', n=4).upper(), h(seed, 's', n=3), t)),
        ('Received', 'from %s (%s) by\n OS0PEPF00000001.mail.protection.outlook.com (10.167.249.70) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8489.16 via\n Frontend Transport; %s' % (helo, ip, t)),
    ]


def ms_auth(dom, mailfrom_dom, ip, dkim='pass', spf='pass', dmarc='pass'):
    return ('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100' % (
        spf, ip, mailfrom_dom, dkim, dom, dmarc, dom))


def tc_sig(agent):
    return ('\n\nBest regards,\n\n%s\nAWS Training and Certification Customer Support\n\n'
            '---------------------------------------------\n'
            'AWS Training and Certification: https://aws.amazon.com/training/\n'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
            'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
            'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n' % agent)


def tc_subject(case, space=False):
    return '%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % (
        'RE: ' if space else 'RE:', case)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))
