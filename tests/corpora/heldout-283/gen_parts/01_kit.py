# Part of gen.py (blind-283); executed by gen.py in its own namespace.
# ------------------------------------------------------------ inbound
def gmail_trace(t, mailfrom, ip, helo, auth, to=ME_P):
    """Headers a Gmail mailbox adds on delivery (newest first)."""
    t0 = t + dt.timedelta(seconds=rng.randint(2, 40))
    return [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:7000:%x:b0:%x:%x:%x with SMTP id %s; %s' % (
            rng.randint(0x1000, 0xffff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff),
            rng.randint(0x100, 0xfff), alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789'),
            fmt_date(t0.astimezone(PDT if t0.month in (4, 5, 6, 7, 8, 9, 10) else PST)))),
        ('Received', 'from %s (%s [%s]) by mx.google.com with ESMTPS id %s for <%s> '
                     '(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); %s' % (
            helo, helo, ip, alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789') + '.' + str(rng.randint(100, 999)),
            to, fmt_date(t0.astimezone(PDT if t0.month in (4, 5, 6, 7, 8, 9, 10) else PST)))),
        ('Authentication-Results', auth),
        ('Return-Path', '<%s>' % mailfrom),
    ]


def gauth(dkim_dom, mailfrom, ip, hfrom, dkim='pass', spf='pass', dmarc='pass', policy='QUARANTINE'):
    parts = ['mx.google.com']
    if dkim == 'pass':
        parts.append('dkim=pass header.i=@%s header.s=%s header.b=%s' % (dkim_dom, alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), alnum(8)))
    elif dkim == 'fail':
        parts.append('dkim=fail header.i=@%s header.s=%s header.b=%s' % (dkim_dom, alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), alnum(8)))
    else:
        parts.append('dkim=none')
    dom = mailfrom.split('@')[1]
    if spf == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
    elif spf == 'softfail':
        parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
    else:
        parts.append('spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
    if dmarc == 'pass':
        parts.append('dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (policy, policy, hfrom))
    elif dmarc == 'none':
        parts.append('dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s' % hfrom)
    else:
        parts.append('dmarc=fail (p=%s sp=%s dis=%s) header.from=%s' % (policy, policy, 'QUARANTINE' if policy != 'NONE' else 'NONE', hfrom))
    return '; '.join(parts[:1]) + ';' + ';'.join('\n       ' + p for p in parts[1:])


def m365_trace(t, mailfrom, ip, helo, dkim_dom, hfrom, result='pass'):
    t0 = t + dt.timedelta(seconds=rng.randint(2, 40))
    ar = ('spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified) '
          'header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100' % (
              ip, mailfrom.split('@')[1], dkim_dom, hfrom))
    return [
        ('Received', 'from %s (%s) by TYCPR01MB%04d.jpnprd01.prod.outlook.com (2603:1096:400:%x::%x) with '
                     'Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) '
                     'id 15.20.%d.%d; %s' % (helo, ip, rng.randint(1000, 9999), rng.randint(0x10, 0xff),
                                              rng.randint(0x10, 0xff), rng.randint(6000, 8999), rng.randint(10, 40),
                                              fmt_date(t0))),
        ('Authentication-Results', ar),
        ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates %s as permitted sender) '
                         'receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (
                             mailfrom.split('@')[1], ip, ip, helo)),
        ('Return-Path', mailfrom),
        ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB%04d.jpnprd01.prod.outlook.com' % rng.randint(1000, 9999)),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ]


def ses_from():
    return '01%s-%s-%s-%s-%s-%s-000000@amazonses.com' % (hexs(14), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def ses_ip():
    return '54.240.%d.%d' % (rng.randint(0, 63), rng.randint(1, 254))


def amazon_in(t, to):
    """Trace headers for genuine mail from an amazon.com sender via SES."""
    mf, ip = ses_from(), ses_ip()
    helo = 'a%d-%d.smtp-out.amazonses.com' % (rng.randint(1, 60), rng.randint(1, 250))
    if to == ME_P:
        return gmail_trace(t, mf, ip, helo, gauth('amazon.com', mf, ip, 'amazon.com'))
    return m365_trace(t, mf, ip, helo, 'amazon.com', 'amazon.com')


def vendor_in(t, to, domain, dkim_dom=None, mailfrom=None, ip=None, **kw):
    mf = mailfrom or ('bounces+%s@%s' % (rng.randint(100000, 999999), domain))
    ip = ip or '%d.%d.%d.%d' % (rng.choice([149, 167, 198, 50]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    helo = 'o%d.%s' % (rng.randint(1, 40), mf.split('@')[1])
    if to == ME_P:
        return gmail_trace(t, mf, ip, helo, gauth(dkim_dom or domain, mf, ip, domain, **kw))
    return m365_trace(t, mf, ip, helo, dkim_dom or domain, domain)


# ----------------------------------------------------------- quoting
def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip('\n').split('\n'))


def gmail_on(t, who, text, ja=False):
    if ja:
        wd = '月火水木金土日'[t.weekday()]
        head = '%d年%d月%d日(%s) %d:%02d %s:' % (t.year, t.month, t.day, wd, t.hour, t.minute, who)
    else:
        hh = t.hour % 12 or 12
        head = 'On %s, %s %d, %d at %d:%02d %s %s wrote:' % (
            t.strftime('%a'), t.strftime('%b'), t.day, t.year, hh, t.minute, 'AM' if t.hour < 12 else 'PM', who)
    return head + '\n\n' + q(text)


def outlook_block(t, frm, to, subj, text, ja=False):
    if ja:
        wd = '月火水木金土日'[t.weekday()]
        head = ('差出人: %s\n送信日時: %d年%d月%d日 %s曜日 %d:%02d\n宛先: %s\n件名: %s' % (
            frm, t.year, t.month, t.day, wd, t.hour, t.minute, to, subj))
    else:
        hh = t.hour % 12 or 12
        head = 'From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s' % (
            frm, t.strftime('%A'), t.strftime('%B'), t.day, t.year, hh, t.minute,
            'AM' if t.hour < 12 else 'PM', to, subj)
    return '________________________________\n' + head + '\n\n' + text.strip('\n')


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def text2html(text):
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>%s</p>' % '<br>\n'.join(html_escape(l) for l in p.split('\n')) for p in paras)


# ----------------------------------------------------------- corpus
MSGS = []
IDS = {}


def add(key, *, kind, reply, case, cands, t, frm, to, subject, body, cc=None, msgid=None,
        irt=None, refs=None, trace=(), extra=(), eol='\r\n', subj_cs='UTF-8', note='', what=''):
    msgid = msgid or mid_ses()
    IDS[key] = msgid
    h = list(trace)
    h.append(('Date', fmt_date(t)))
    h.append(('From', frm))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    if subj_cs is None:
        h.append(('Subject', subject))
    else:
        h.append(('Subject', ew(subject, subj_cs)))
    h.append(('Message-ID', msgid))
    if irt:
        h.append(('In-Reply-To', IDS[irt]))
    if refs:
        h.append(('References', ' '.join(IDS[r] for r in refs)))
    h.extend(extra)
    h.append(('MIME-Version', '1.0'))
    MSGS.append(dict(key=key, kind=kind, reply=reply, case=case, cands=cands, headers=h,
                     body=body, eol=eol, note=note, what=what))


# ===================================================================
# Case numbers
CASE_V = '8153620471'           # 2021, 10 digits, form case (voucher)
CASE_B = '13264095581'          # 2023, 11 digits, form case (duplicate accounts)
CASE_C = '15390274416'          # 2024, console case (name correction)
CASE_A = '174761715600384'      # 2025, 15 digits, form case (company -> personal merge)
CASE_D = '174761754200511'      # 2025, duplicate of A
CASE_E = '174909487000127'      # 2025, voucher after merge
FAKE = '174783420000617'        # used by phishing only
EDU = '174821075100942'         # AWS Educate case (other program)

CID_CO = 'AWS02837461'          # company certification account
CID_P = 'AWS07719350'           # personal certification account (kept)
CID_DUP = 'AWS09102846'         # accidental duplicate (2023)

SUBJ_V = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % CASE_V
SUBJ_B = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_B
SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
SUBJ_D = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_D
SUBJ_E = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % CASE_E
SUBJ_C = 'Name on my certificate is misspelled'

TC_FROM = addr('AWS Training and Certification', TC)
AWS_FROM = addr('Amazon Web Services', NOREPLY)
ME_P_FROM = addr('Haruka Nishimoto', ME_P)
ME_C_FROM = addr('Nishimoto Haruka', ME_C)
ME_C_JA = addr('西本 遥', ME_C)
ME_P_JA = addr('西本 遥', ME_P)
