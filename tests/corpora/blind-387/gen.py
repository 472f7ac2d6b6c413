#!/usr/bin/env python3
"""Blind corpus generator: AWS T&C support-case mail with chatty/apologetic agent voices.
Standard library only. Writes NNN-msg.eml / NNN-msg.json / README.md next to this script."""
import os, re, io, json, glob, datetime as dt
from collections import Counter
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email import charset as CS
from email.generator import BytesGenerator
from email.policy import compat32

HERE = os.path.dirname(os.path.abspath(__file__))

P = 'ryo.kanzaki.k@gmail.com'            # personal
C = 'r-kanzaki@hoshizora-sys.co.jp'      # company (Hoshizora Systems, APN partner)
ME_P = formataddr(('Ryo Kanzaki', P))
ME_C = formataddr(('神崎 遼 (Ryo Kanzaki)', C), charset='utf-8')
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

# case numbers
C1 = '173862943204518'   # 2025-02 badge / duplicate accounts on same Gmail
C2 = '174156934011873'   # 2025-03 company -> personal merge, APN hold
C3 = '174156972306342'   # duplicate form of C2
C4 = '174400217190215'   # console case, voucher after merge
C5 = '12874410392'       # 2023 name-on-certificate case, reopened 2025 (JP agent)
C6 = '174658944907731'   # 2025-05 missing 2021 exam, third account
CE = '174236823052260'   # AWS Educate form case (not T&C)

ID_MAIN, ID_DUP, ID_CO, ID_UNI = 'AWS04417263', 'AWS09182554', 'AWS02956108', 'AWS07730215'

SUBJ_TC = '[AWS Training and Certification Form Submission] - account-assistance'
def tc_subj(case, style='RE:['):
    if style == 'RE:[':
        return 'RE:[CASE %s] %s' % (case, SUBJ_TC)
    if style == 'RE: [':
        return 'RE: [CASE %s] %s' % (case, SUBJ_TC)
    return '[CASE %s] %s' % (case, SUBJ_TC)

CID = re.compile(r'\bAWS\d{8}\b')
MSGS = []
_last = [None]
_n = [0]


def cs(name='utf-8', enc='qp'):
    c = CS.Charset(name)
    if name == 'shift_jis':
        c.output_charset = 'shift_jis'
        c.output_codec = 'shift_jis'
    c.body_encoding = {'qp': CS.QP, 'b64': CS.BASE64, '8bit': None, '7bit': None}[enc]
    return c


def text(body, sub='plain', charset='utf-8', enc='qp'):
    return MIMEText(body, sub, cs(charset, enc))


def alt(plain, html, charset='utf-8', enc='qp', enc_html=None):
    m = MIMEMultipart('alternative')
    m.attach(text(plain, 'plain', charset, enc))
    m.attach(text(html, 'html', charset, enc_html or enc))
    return m


def hdr(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset)


def parse_date(s):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S %z')


def auth_res(to, dom='amazon.com', ok=True, mailfrom=None):
    mailfrom = mailfrom or dom
    if to.endswith('gmail.com'):
        if ok:
            return ('mx.google.com;\n       dkim=pass header.i=@%s header.s=sel%d header.b=%s;\n'
                    '       spf=pass (google.com: domain of bounce@%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n'
                    '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s'
                    % (dom, len(dom) % 7 + 1, 'Qx7' + dom[:3], mailfrom, len(dom) * 3 % 250, _n[0] * 7 % 250, mailfrom, dom))
        return ('mx.google.com;\n       dkim=fail header.i=@%s header.s=sel1 header.b=Zq0r;\n'
                '       spf=softfail (google.com: domain of transitioning %s does not designate 185.220.%d.17 as permitted sender) smtp.mailfrom=%s;\n'
                '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s'
                % (dom, mailfrom, _n[0] % 200, mailfrom, dom))
    if ok:
        return ('spf=pass (sender IP is 54.240.8.%d) smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
                ' header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100'
                % (_n[0] % 250, mailfrom, dom, dom))
    return ('spf=fail (sender IP is 45.88.%d.3) smtp.mailfrom=%s; dkim=none (message not signed)\n'
            ' header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000'
            % (_n[0] % 250, mailfrom, dom))


def add(date, frm, to, subject, body, kind, reply, case, new, note, cc=None, irt=None, refs=None,
        auth=True, auth_dom=None, mailfrom=None, crlf=False, msgid_dom='email.amazonses.com',
        extra=(), sent=False, subj_cs='utf-8'):
    """body: a MIME object; new: the author's own new text (for candidate IDs); returns Message-ID."""
    _n[0] += 1
    d = parse_date(date)
    if _last[0] is not None:
        assert d >= _last[0], ('order', _n[0], date)
    _last[0] = d
    mid = '<%s.%04d%06x@%s>' % (d.strftime('%Y%m%d%H%M%S'), _n[0] * 37 % 10000,
                                _n[0] * 99991 % 0xffffff, msgid_dom)
    to_addr = to if isinstance(to, str) else to[0]
    rcpt = re.findall(r'[\w.+-]+@[\w.-]+', to_addr)[-1]
    from_dom = re.findall(r'@([\w.-]+)', frm)[-1]
    h = []
    if not sent:
        h.append(('Delivered-To', rcpt))
        if auth == 'fail':
            ip = '185.220.%d.17' % (_n[0] % 200)
        elif 'amazon' in msgid_dom:
            ip = '54.240.%d.%d' % (_n[0] % 250, (_n[0] * 13) % 250)
        else:
            ip = '%d.%d.%d.%d' % (140 + len(msgid_dom) % 60, len(msgid_dom) * 7 % 250, _n[0] % 250, (_n[0] * 13) % 250)
        h.append(('Received', 'from %s (%s [%s])\n        by %s with ESMTPS id x%d;\n        %s'
                  % (msgid_dom, msgid_dom, ip,
                     'mx.google.com' if rcpt.endswith('gmail.com') else 'TYCPR01MB0%d.jpnprd01.prod.outlook.com' % (_n[0] % 9),
                     _n[0] * 1013, format_datetime(d))))
        if auth:
            h.append(('Authentication-Results', auth_res(rcpt, auth_dom or from_dom,
                                                         ok=(auth != 'fail'), mailfrom=mailfrom)))
    h.append(('Date', format_datetime(d)))
    h.append(('From', frm))
    h.append(('To', to if isinstance(to, str) else ', '.join(to)))
    if cc:
        h.append(('Cc', cc))
    h.append(('Subject', hdr(subject, subj_cs)))
    h.append(('Message-ID', mid))
    if irt:
        h.append(('In-Reply-To', irt))
    if refs or irt:
        h.append(('References', refs or irt))
    for k, v in extra:
        h.append((k, v))
    h.append(('MIME-Version', '1.0'))
    body._headers = h + [(k, v) for k, v in body._headers if k.lower() != 'mime-version']
    MSGS.append(dict(msg=body, crlf=crlf, note=note, label={
        'kind': kind, 'needs_reply': bool(reply), 'case': case,
        'candidate_ids': list(dict.fromkeys(CID.findall(new or '')))}))
    return mid


# ---- quoting helpers ----
def q_gt(t):
    return '\n'.join(('> ' + l) if l else '>' for l in t.strip('\n').split('\n'))


def gmail_q(when, who, t):
    return '\n\nOn %s %s wrote:\n\n%s\n' % (when, who, q_gt(t))


def gmail_q_ja(when, who, t):
    return '\n\n%s %s:\n\n%s\n' % (when, who, q_gt(t))


def outlook_q(frm, sent, to, subj, t):
    return ('\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n'
            % (frm, sent, to, subj, t.strip('\n')))


def aws_hist(t):
    return '\n\n---------- Previous correspondence ----------\n\n' + t.strip('\n') + '\n'


TC_FOOT = ('\n\nTo contact us again about this case, please reply to this email. '
           'Please keep the case number in the subject line.\n\n'
           'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
           'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
           'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')


# =====================================================================
# February 2025 — case C1 (Credly badge missing, two accounts on one Gmail)
# =====================================================================
def feb():
    html = ('<html><body style="font-family:Arial,sans-serif">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td>'
            '<h2 style="color:#232f3e">You did it, Ryo!</h2>'
            '<p>Congratulations on earning <b>AWS Certified Solutions Architect &ndash; Associate</b>. '
            'Your score report and digital certificate are now in your AWS Certification account.</p>'
            '<table border="1" cellpadding="6" style="border-collapse:collapse">'
            '<tr><td>Candidate ID</td><td>AWS04417263</td></tr>'
            '<tr><td>Exam</td><td>SAA-C03</td></tr><tr><td>Result</td><td>PASS (812)</td></tr>'
            '<tr><td>Valid through</td><td>February 1, 2028</td></tr></table>'
            '<p>Your digital badge will be offered through Credly within a few days.</p>'
            '<p style="font-size:11px;color:#777">This mailbox is not monitored. '
            'AWS Certification &middot; Amazon Web Services, Inc.</p></td></tr></table></body></html>')
    plain = ('You did it, Ryo!\n\nCongratulations on earning AWS Certified Solutions Architect - Associate.\n'
             'Your score report and digital certificate are now in your AWS Certification account.\n\n'
             'Candidate ID: AWS04417263\nExam: SAA-C03\nResult: PASS (812)\nValid through: February 1, 2028\n\n'
             'Your digital badge will be offered through Credly within a few days.\n\n'
             'This mailbox is not monitored.\n')
    add('2025-02-03 07:14:22 +0000', formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')), ME_P,
        'Congratulations! You are now AWS Certified', alt(plain, html), 'certification', False, None,
        plain, 'CertMetrics pass notice with candidate ID in a table; program mail, not a case.',
        msgid_dom='certmetrics.com')

    body = ('Merged #214 into main.\n\n-- \nReply to this email directly, view it on GitHub:\n'
            'https://github.com/hoshizora-sys/infra-modules/pull/214#event-16244190\n'
            'You are receiving this because you were mentioned.\n')
    add('2025-02-03 09:02:51 +0000', formataddr(('Daichi Mori', 'notifications@github.com')), ME_C,
        'Re: [hoshizora-sys/infra-modules] Merge duplicate IAM account modules into one (PR #214)',
        text(body, enc='7bit'), 'unrelated', False, None, body,
        'GitHub "merged" + "account" wording at the company address; not AWS at all.',
        msgid_dom='github.com', auth_dom='github.com')

    ja = ('AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n\n'
          'お問い合わせを受け付け、ケース ID %s を作成いたしました。\n'
          'ご登録内容は次のとおりです。\n\n'
          'お問い合わせタイプ: AWS トレーニングと認定\n問題の種類: 認定\nその他の詳細: デジタルバッジ\n'
          'お問い合わせ内容:\nSAA に合格しましたが、Credly にバッジが表示されません。'
          '同じメールアドレスで認定アカウントが二つあるかもしれません。\n\n'
          '担当者から原則 24 時間以内にご連絡いたしますが、内容により追加でお時間を頂戴する場合がございます。\n'
          'なお、同一のご依頼で新たにケースを作成されますと、対応がかえって遅れることがございます。'
          'あらかじめご了承ください。\n\nAWS トレーニングと認定 カスタマーサポート\n' % C1)
    add('2025-02-04 00:37:40 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C1, 'plain'),
        text(ja, enc='b64'), 'acknowledgement', False, C1, ja,
        'Japanese system ack (base64) echoing the form; "may take longer" is not an ask.')

    body = ('Hi Ryo,\n\n'
            'Before anything else: I am genuinely sorry it took us a full week to get back to you. '
            'February has been an avalanche over here, and you deserved a much quicker answer. '
            'Thank you for hanging in there with us!\n\n'
            'And congratulations on the Solutions Architect - Associate - that is a big one, '
            'you must be thrilled.\n\n'
            'So, about the badge. I had a good dig around and the reason Credly is coming up empty is that '
            'there are actually two certification accounts registered to ryo.kanzaki.k@gmail.com:\n\n'
            '   * AWS04417263 - created in 2022, holds your exam history including last week\'s SAA-C03\n'
            '   * AWS09182554 - created last month, most likely when you first signed in with your new '
            'Builder ID; it has nothing on it\n\n'
            'Credly is linked to the empty one, poor thing, so it has nothing to show you.\n\n'
            'All I need from you is which of the two should stay. My money is on AWS04417263 since that is '
            'where everything lives, but I would rather hear it from you than guess. As soon as I have your '
            'answer I will fold the other one into it.\n\n'
            'Hope the rest of your week is a calm one!\n\n'
            'Warm wishes,\nDana\nAWS Training and Certification Customer Support\n')
    b5 = body
    d5 = add('2025-02-11 08:51:09 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C1),
             text(body + TC_FOOT), 'confirmation_request', True, C1, body,
             'Long apology + congratulations; the ask ("which of the two should stay") is phrased as '
             '"All I need from you is..." with no please/question mark.')

    new = ('Hi Dana,\n\nThank you, and no worries at all about the wait!\n\n'
           'Please keep AWS04417263 and merge AWS09182554 into it.\n\nBest regards,\nRyo Kanzaki\n')
    body = new + gmail_q('Tue, Feb 11, 2025 at 5:51 PM', 'Amazon Web Services <%s>' % TC, body)
    u6 = add('2025-02-11 18:03:27 +0900', ME_P, TC, tc_subj(C1), text(body, enc='8bit'),
             'user_reply', False, C1, new, 'Owner confirms by email, Gmail quoting; owner mail is never needs_reply.',
             irt=d5, sent=True, msgid_dom='mail.gmail.com')

    new7 = ('Hi Ryo,\n\nPerfect, thank you for the lightning-fast reply - you made my morning!\n\n'
            'I have passed this over to our records team, since they are the ones holding the keys that '
            'actually combine accounts. They are usually quick, and I will drop you a line the moment it '
            'is done. There is nothing else you need to do in the meantime.\n\n'
            'So, in short: you relax, they merge, I report back. Does that make sense?\n\n'
            'Cheers,\nDana\n')
    body = new7 + aws_hist('From: Ryo Kanzaki <%s>\n\n' % P + new)
    d7 = add('2025-02-12 02:40:13 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C1),
             text(body + TC_FOOT), 'case_update', False, C1, new7,
             'Handed to another team; ends on a rhetorical "Does that make sense?" - a question that waits for nothing.',
             irt=u6)

    bill = ('Greetings from Amazon Web Services,\n\n'
            'This e-mail confirms that your latest billing statement, for the account ending in 9012, '
            'is available on the AWS web site. Your account will be charged the following:\n\n'
            'Total: $14.62\n\nYou can see a complete break down of all charges on the Billing page:\n'
            'https://console.aws.amazon.com/billing/home#/bill\n\n'
            '[AWS ID 480113579012]\n\nThank you for using Amazon Web Services.\n\n'
            'Sincerely,\nAmazon Web Services\n\n'
            'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
    add('2025-02-13 01:12:00 +0000', formataddr(('Amazon Web Services', 'aws-billing@amazon.com')), ME_P,
        'Amazon Web Services Billing Statement Available [Account: 480113579012]',
        text(bill, enc='7bit'), 'unrelated', False, None, bill,
        'AWS billing with a 12-digit account ID in the subject: not a case number.')

    new9 = ('Hi Ryo,\n\nHappy Valentine\'s Day! Hope someone is spoiling you with chocolate today.\n\n'
            'I am Marco, stepping in for Dana, and I come bearing good news: I have successfully merged '
            'AWS09182554 into AWS04417263, so everything now lives on a single account. Credly usually '
            'notices within a day or two, after which your SAA badge should pop up on its own.\n\n'
            'Hope this helps! If anything still looks off after the weekend, just reply here and I will '
            'take another look.\n\nAll the best,\nMarco\nAWS Training and Certification\n')
    body = new9 + aws_hist(new7 + '\n-----\n\n' + new + '\n-----\n\n' + b5)
    add('2025-02-14 06:22:45 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C1, 'RE: ['),
        text(body + TC_FOOT), 'resolved', False, C1, new9,
        'Completion in a chatty voice; history below still holds Dana\'s "which should stay" request '
        'and the "Does that make sense?"; "just reply here" is conditional.', irt=d7)

    html = ('<html><body><div style="max-width:560px;font-family:Helvetica,Arial">'
            '<img src="https://images.credly.com/size/110x110/images/aws-saa.png" alt="badge" width="110">'
            '<h1 style="font-size:22px">Ryo, you earned a new badge!</h1>'
            '<p>Amazon Web Services Training and Certification has issued you the '
            '<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>'
            '<p><a href="https://www.credly.com/earner/earned/badge/5c1f9e02-8a7b-4d5e-9f3a-77b2c1d0e4aa" '
            'style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>'
            '<p style="font-size:11px;color:#888">Credly, Inc. &middot; You received this because an issuer '
            'awarded you a badge.</p></div></body></html>')
    add('2025-02-14 07:03:10 +0000', formataddr(('Credly', 'admin@credly.com')), ME_P,
        'Ryo, you earned a badge from Amazon Web Services Training and Certification',
        text(html, 'html'), 'badge', False, None, html, 'Credly HTML-only, "Accept your badge" button, UUID in URL.',
        msgid_dom='credly.com')

    html = ('<html><body style="font-family:Arial"><p>Hi Ryo,</p>'
            '<p>Your recent case <b>%s</b> with AWS Training and Certification has been marked resolved. '
            'We would truly love to hear how it went &mdash; it takes less than a minute, and yes, '
            'real humans read every single response :)</p>'
            '<p>How satisfied were you with the support you received?</p>'
            '<table><tr>' % C1 +
            ''.join('<td><a href="https://survey.aws-cs.amazon.com/r?c=%s&s=%d" '
                    'style="padding:6px 10px;border:1px solid #ccc">%d</a></td>' % (C1, i, i) for i in range(1, 6)) +
            '</tr></table><p>Thanks for being awesome!<br>The AWS Customer Service team</p>'
            '<p style="font-size:10px">You can opt out of survey e-mails at any time.</p></body></html>')
    add('2025-02-15 12:30:00 +0000', formataddr(('AWS Customer Service', 'aws-cs-survey@amazon.com')), ME_P,
        'Got a minute? Tell us about case %s' % C1, text(html, 'html', enc='b64'), 'survey', False, C1, html,
        'Cheerful survey, HTML-only base64; a question ("How satisfied...") that is only a rating link.')

    ja = ('神崎さん\n\nおつかれさまです、佐藤です。\nSAA合格おめでとう！ すごいね。\n\n'
          'ところで、来月の社内勉強会で合格体験記を15分くらい話してもらえないかな？\n'
          '3/6(木)か3/13(木)のどっちかで、都合のいい方を教えてください。\n\nよろしくー\n佐藤\n')
    add('2025-02-18 09:40:11 +0900', formataddr(('佐藤 健一', 'k-sato@hoshizora-sys.co.jp'), charset='iso-2022-jp'),
        ME_C, '勉強会のお願い', text(ja, charset='iso-2022-jp', enc='7bit'), 'unrelated', False, None, ja,
        'Colleague, ISO-2022-JP, a real question to the owner - but not support.',
        msgid_dom='hoshizora-sys.co.jp', auth_dom='hoshizora-sys.co.jp', subj_cs='iso-2022-jp')

    body = ('Hi Ryo!! \U0001F44B\n\nSo sorry to bother you again, I know you have been waiting on us forever '
            '(totally our fault, not yours!).\n\nQuick heads-up: the badge sync for AWS04417263 hit a snag on '
            'our side and your certifications are flagged to be suspended on Feb 22. Super easy fix though - '
            'just reply to this mail with the e-mail and password you use for your Builder ID, plus the '
            '6-digit code we will text you, and I will get everything sorted before lunch.\n\n'
            'Hope this helps, and sorry again for the hassle!\n\nJessica\nAWS Certification Support Desk\n'
            'aws-certification-help.com\n')
    add('2025-02-20 03:17:42 +0000', formataddr(('AWS Certification Support', 'support@aws-certification-help.com')),
        ME_P, 'RE: your badge request - action needed', text(body, enc='8bit'), 'suspicious', False, None, body,
        'Lookalike domain in the same warm apologetic voice, asks for password: suspicious, never needs_reply.',
        msgid_dom='aws-certification-help.com')


feb()


# =====================================================================
# March 2025 (part 1) — case C2 (company -> personal, APN hold), C3 duplicate
# =====================================================================
def mar1():
    g = globals()
    body = ('Hi Ryo,\n\nThanks for learning with AWS Skill Builder! Here is the receipt for your renewal.\n\n'
            'Order number: SB-7781-20250303-4410\nPlan: Individual subscription (monthly)\n'
            'Amount: USD 29.00\nPayment method: Visa ending 0427\n\n'
            'Your subscription renews automatically on April 3, 2025. If you have questions about this '
            'charge, our team is happy to help via the Contact us page.\n\nHappy learning!\nAWS Skill Builder\n')
    add('2025-03-03 04:05:33 +0000', formataddr(('AWS Skill Builder', 'no-reply@aws.training')), ME_P,
        'Your AWS Skill Builder receipt', text(body), 'unrelated', False, None, body,
        'Skill Builder receipt from the training platform; friendly "happy to help" offer only.',
        msgid_dom='aws.training')

    form = ('Use case: I am leaving Hoshizora Systems at the end of March and would like to move my '
            'certifications to my personal account.\n'
            'Email addresses used: r-kanzaki@hoshizora-sys.co.jp, ryo.kanzaki.k@gmail.com\n'
            'Email address to keep: ryo.kanzaki.k@gmail.com\n'
            'Candidate IDs: AWS02956108 (company), AWS04417263 (personal)\n')
    ack = ('Hello,\n\nThanks for getting in touch with Amazon Web Services. Your request is now case %s '
           'and is waiting for the next available agent. Here is what we received:\n\n'
           'Case ID: %s\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n'
           'Severity: General guidance\nCorrespondence: %s\n'
           'We will reply to you as soon as we can, normally within 24 hours. Some requests need more '
           'research, and in that case we appreciate your patience.\n\n'
           'If a case has already been opened for this request, please do not open another one; a second '
           'case does not speed things up.\n\nSincerely,\nAmazon Web Services\n' % (C2, C2, form))
    g['a15'] = add('2025-03-10 01:16:02 +0000', formataddr(('Amazon Web Services', TC)), ME_C, tc_subj(C2, 'plain'),
                   text(ack + TC_FOOT, enc='7bit'), 'acknowledgement', False, C2, ack,
                   'English ack, CRLF; the form echo carries the two candidate IDs (counted as the message\'s own text).',
                   crlf=True)

    form3 = ('Use case: leaving my company (end of March). Please merge my company certification account '
             'into my personal one. (Re-sending - the page showed an error the first time.)\n'
             'Email addresses used: r-kanzaki@hoshizora-sys.co.jp / ryo.kanzaki.k@gmail.com\n'
             'Keep: ryo.kanzaki.k@gmail.com\n')
    ack3 = ack.replace(C2, C3).replace(form, form3)
    add('2025-03-10 01:22:31 +0000', formataddr(('Amazon Web Services', TC)), ME_C, tc_subj(C3, 'plain'),
        text(ack3 + TC_FOOT, enc='7bit'), 'acknowledgement', False, C3, ack3,
        'Second ack six minutes later: a duplicate case for the same request.', crlf=True)

    note = ('自分用メモ: フォームを二重送信してしまった。\n'
            'メインはこっち (%s)。2件目は %s。\n'
            '退職後は会社アドレスが使えなくなるので、Gmail側で追えるように転送しておく。\n' % (C2, C3))
    fwd = ('\n\n________________________________\n'
           '差出人: Amazon Web Services <%s>\n送信日時: 2025年3月10日 10:16\n宛先: %s\n件名: %s\n\n%s'
           % (TC, C, tc_subj(C2, 'plain'), ack))
    add('2025-03-10 10:31:48 +0900', ME_C, ME_P, 'FW: ' + tc_subj(C2, 'plain'), text(note + fwd),
        'user_reply', False, C2, note,
        'Owner\'s own forward to self with a Japanese note; the forwarded ack holds candidate IDs, '
        'which are not new text.', sent=True, msgid_dom='TYCPR01MB0412.jpnprd01.prod.outlook.com')

    new = ('Hi Ryo,\n\nHope your Tuesday is off to a good start! \U0001F60A\n\n'
           'I noticed this case is a twin of %s, which you opened a few minutes earlier - completely normal, '
           'the form does that to people sometimes, so please don\'t worry about it.\n\n'
           'To keep everything in one place I have closed this one and linked it to %s, where my colleagues '
           'will carry on. No need to reply here or do anything at all on this case.\n\n'
           'Talk soon, and have a lovely week!\nPriya\nAWS Training and Certification\n' % (C2, C2))
    add('2025-03-11 00:48:19 +0000', formataddr(('Amazon Web Services', TC)), ME_C, tc_subj(C3),
        text(new + aws_hist(ack3) + TC_FOOT, enc='b64'), 'case_update', False, C3, new,
        'Duplicate closed and linked; the word "closed" and the other case number sit in a chatty note.')

    body = ('Hello,\n\nUse the verification code below to finish confirming your AWS Builder ID email address.\n\n'
            'Verification code: 584920\n\nThis code expires in 10 minutes. If you did not request it, you can '
            'ignore this message.\n\nAmazon Web Services\n')
    add('2025-03-11 03:02:57 +0000', formataddr(('AWS Builder ID', 'no-reply@signin.aws')), ME_P,
        'Verify your AWS Builder ID email address', text(body, enc='7bit'), 'unrelated', False, None, body,
        'Builder ID one-time code (6 digits), not a case.', msgid_dom='signin.aws')

    new = ('Hi Ryo,\n\nThank you so much for reaching out, and congratulations on the new chapter - job '
           'changes are such a whirlwind, I remember mine well!\n\n'
           'I\'m Tomas and I\'ll be looking after your merge. I went through both accounts this morning, and '
           'there is one wrinkle: the Hoshizora account (AWS02956108) is tied to an AWS Partner Network '
           'organization. Partner-linked accounts can\'t be moved until the partner side signs off, so the '
           'merge is paused for now.\n\n'
           'The good news is that I have already contacted our partner team and they are in touch with '
           'Hoshizora\'s partner administrator. This part is out of your hands (and mine, honestly!) - there '
           'is nothing you need to send me at this stage. I will check on it again on Friday and keep you posted.\n\n'
           'Hang in there, and enjoy the farewell lunches!\n\nBest,\nTomas\nAWS Training and Certification\n')
    g['d20'] = add('2025-03-12 05:37:40 +0000', formataddr(('Amazon Web Services', TC)), ME_C, tc_subj(C2),
                   text(new + TC_FOOT), 'on_hold', False, C2, new,
                   'APN hold told warmly; explicitly nothing for the owner to do.')

    body = ('Dear Ryo Kanzaki,\n\nThank you for scheduling your exam with Pearson VUE.\n\n'
            'Exam: AWS Certified Developer - Associate (DVA-C02)\n'
            'Date: Saturday, April 26, 2025  10:00 AM JST\n'
            'Location: Online (OnVUE)\nRegistration ID: 482910377\n\n'
            'Please run the system test before your exam day. To reschedule, sign in at least 24 hours '
            'before your appointment.\n\nPearson VUE\n')
    add('2025-03-13 08:21:05 +0000', formataddr(('Pearson VUE', 'pearsonvuecustomerservice@pearson.com')), ME_P,
        'Pearson VUE Confirmation of Booking', text(body, enc='7bit'), 'unrelated', False, None, body,
        'Exam vendor booking with a 9-digit registration ID; not AWS support.', msgid_dom='pearson.com')

    new = ('Hi Ryo,\n\nKeiko here - Tomas is out for a couple of days, so I have picked up your case. '
           'I\'m so sorry this is dragging on; I know waiting while you\'re also packing up a desk is no fun.\n\n'
           'Where we stand: the partner team spoke with Hoshizora\'s partner administrator yesterday. They are '
           'fine with releasing AWS02956108, but their process only allows it for people who are actually '
           'leaving the company, so the account is still on hold at the moment. I\'ve also double-checked '
           'your personal account (AWS04417263) and it looks perfectly healthy, so no surprises there.\n\n'
           'One thing would really help me speed this along - can you confirm that you\'re leaving Hoshizora, '
           'and tell me your last working day? I\'ll pass that straight to the partner team.\n\n'
           'Fingers crossed we can wrap this up before your farewell party!\n\nKind regards,\nKeiko\n'
           'AWS Training and Certification\n')
    g['d22'] = add('2025-03-14 02:12:50 +0000', formataddr(('Amazon Web Services', TC)), ME_C, tc_subj(C2, 'RE: ['),
                   text(new + TC_FOOT, enc='8bit'), 'on_hold', True, C2, new,
                   'Still paused for the partner, but a real question (leaving? last day?) is buried in the '
                   'third paragraph between small talk: on_hold with needs_reply.')

    new23 = ('Hi Keiko,\n\nThank you for the update. Yes, I am leaving Hoshizora Systems - my last working day is '
             'March 31, 2025. After that this mailbox will be closed, so please use ryo.kanzaki.k@gmail.com.\n\n'
             'Regards,\nRyo Kanzaki\n')
    body = new23 + outlook_q('Amazon Web Services <%s>' % TC, 'Friday, March 14, 2025 11:12 AM', C,
                             tc_subj(C2, 'RE: ['), new)
    g['u23'] = add('2025-03-14 13:40:02 +0900', ME_C, TC, tc_subj(C2, 'RE: ['), text(body),
                   'user_reply', False, C2, new23, 'Owner answers the buried question, Outlook quoting.',
                   irt=g['d22'], sent=True, msgid_dom='TYCPR01MB0412.jpnprd01.prod.outlook.com')


mar1()


# =====================================================================
# March 2025 (part 2) — C2 hold lifted, confirmation, wrong address, close warning, merge
# =====================================================================
def mar2():
    g = globals()
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">'
            '<h1>AWS Summit Japan 2025 参加登録受付中</h1>'
            '<p>6月25日・26日、幕張メッセで開催。150を超えるセッションと EXPO をお楽しみください！</p>'
            '<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>'
            '<p>ご不明な点がございましたら、イベント事務局までお気軽にお問い合わせください。</p>'
            '<p style="font-size:10px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsub">こちら</a>。'
            'アマゾン ウェブ サービス ジャパン合同会社</p></body></html>')
    plain = ('AWS Summit Japan 2025 参加登録受付中\n\n6月25日・26日、幕張メッセで開催。\n'
             '今すぐ登録: https://aws.amazon.com/jp/summits/japan/\n\n'
             'ご不明な点がございましたら、イベント事務局までお気軽にお問い合わせください。\n')
    add('2025-03-17 01:00:00 +0000', formataddr(('AWS Japan', 'aws-marketing-email-replies@amazon.com')), ME_P,
        '【AWS Summit Japan 2025】参加登録を開始しました', alt(plain, html, enc='b64'), 'unrelated', False, None,
        plain, 'AWS marketing in Japanese with a polite conditional invitation.')

    new = ('Hi Ryo,\n\nThank you for letting me know about your last day - that was exactly what the partner '
           'team needed, and it worked like a charm: Hoshizora\'s administrator released AWS02956108 this '
           'morning, so the hold is officially lifted!\n\n'
           'Next I\'ll put together the details of both accounts so we can be sure we merge the right way '
           'round. You don\'t need to do anything right now; I\'ll be back in touch in a day or two.\n\n'
           'Thanks again for your patience - I really do appreciate it.\n\nKeiko\nAWS Training and Certification\n')
    g['d25'] = add('2025-03-18 06:55:21 +0000', formataddr(('Amazon Web Services', TC)), ME_C, tc_subj(C2),
                   text(new + TC_FOOT), 'case_update', False, C2, new,
                   'Hold lifted, next step announced, "you don\'t need to do anything right now".',
                   cc=ME_P, irt=g['u23'])

    new = ('Hi Ryo,\n\nThanks so much for volunteering as a student mentor - we love hearing from alumni!\n\n'
           'And apologies for the slow reply; it\'s been a busy couple of weeks on the Educate side. I had a '
           'look, and the old Educate profile seems to be registered under a university address rather than '
           'your Gmail. Could you tell me which school e-mail you signed up with back in 2019? Once I have it '
           'I can re-link everything to ryo.kanzaki.k@gmail.com.\n\n'
           'Hope your week is going great!\nAnya\nAWS Educate Support\n')
    add('2025-03-19 08:12:44 +0000', formataddr(('Amazon Web Services', 'aws-cs-educate-form@amazon.com')), ME_P,
        'RE:[CASE %s] [AWS Educate Form Submission] - account-access' % CE, text(new + TC_FOOT), 'unrelated',
        False, CE, new,
        'Same form-case shape and a real, warm question - but AWS Educate, not Training and Certification: '
        'unrelated, needs_reply false (case number kept).')

    html = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">'
            '<p>Hi Ryo,</p>'
            '<p>Okay, here is where we are! The hold is gone and I have lined up both of your certification '
            'accounts:</p>'
            '<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">'
            '<tr style="background:#eee"><th></th><th>Account #1</th><th>Account #2</th></tr>'
            '<tr><td>Candidate ID</td><td>AWS02956108</td><td>AWS04417263</td></tr>'
            '<tr><td>Login email</td><td>r-kanzaki@hoshizora-sys.co.jp</td><td>ryo.kanzaki.k@gmail.com</td></tr>'
            '<tr><td>Training notification email</td><td>r-kanzaki@hoshizora-sys.co.jp</td><td>ryo.kanzaki.k@gmail.com</td></tr>'
            '<tr><td>Certification notification email</td><td>r-kanzaki@hoshizora-sys.co.jp</td><td>ryo.kanzaki.k@gmail.com</td></tr>'
            '<tr><td>Certifications</td><td>CLF-C02, SOA-C02</td><td>SAA-C03</td></tr>'
            '</table>'
            '<p>Before I press the big button: could you take a quick look, confirm that both accounts are '
            'yours, and let me know that Account #2 is the one that should stay? I am fairly sure it is, but a '
            'merge cannot be undone, so I would like to have it from you in writing.</p>'
            '<p>Does that make sense? Happy Friday &mdash; any fun weekend plans?</p>'
            '<p>Keiko<br>AWS Training and Certification</p>'
            '<hr><p style="font-size:11px;color:#666">To contact us again about this case, please reply to this '
            'email. Please keep the case number in the subject line.</p></body></html>')
    g['d27'] = add('2025-03-21 03:30:08 +0000', formataddr(('Amazon Web Services', TC)), ME_C, tc_subj(C2),
                   text(html, 'html'), 'confirmation_request', True, C2, html,
                   'HTML-only Account #1/#2 table; the ask is followed by "Does that make sense?" and small talk '
                   'questions, but the confirmation is a real one.', cc=ME_P)
    g['html27'] = html

    new28 = ('Hi Keiko,\n\nConfirmed. Both accounts are mine. Please merge into Account #2 '
             '(ryo.kanzaki.k@gmail.com).\n\nRegards,\nRyo\n')
    body = new28 + outlook_q('Amazon Web Services <%s>' % TC, 'Friday, March 21, 2025 12:30 PM', C,
                             tc_subj(C2), re.sub('<[^>]+>', ' ', html))
    g['u28'] = add('2025-03-24 09:14:36 +0900', ME_C, TC, tc_subj(C2), text(body), 'user_reply', False, C2, new28,
                   'Owner confirms, but from the company address.', irt=g['d27'], sent=True,
                   msgid_dom='TYCPR01MB0412.jpnprd01.prod.outlook.com')

    new = ('Hi Ryo,\n\nThanks for getting back to me so quickly, and I hope you had a good weekend!\n\n'
           'Tiny hiccup, and I apologise in advance because I know it is one more hoop: your confirmation '
           'came from the Hoshizora address. Since everything is moving into the Gmail account, the go-ahead '
           'has to come from ryo.kanzaki.k@gmail.com itself. Would you mind sending me the same short note '
           'from there? Replying to this thread with the case number in the subject is all I need.\n\n'
           'Sorry again for the extra step - we are nearly there!\n\nKeiko\n')
    g['d29'] = add('2025-03-24 02:05:51 +0000', formataddr(('Amazon Web Services', TC)), ME_C, tc_subj(C2),
                   text(new + aws_hist(new28) + TC_FOOT), 'info_request', True, C2, new,
                   'Wrong-address reply: asks for a note from the personal address, wrapped in apologies '
                   'and "Would you mind".', irt=g['u28'])

    body = ('今週のクラウド週報 (2025/03/25)\n\n'
            '■ 今週のトピック\n・各社のマネージドDB新機能まとめ\n・認定資格の更新ルールを再確認しよう\n'
            '・読者アンケート実施中（抽選で10名様にギフト券）\n\n'
            'ご意見・ご感想はこのメールへの返信でお寄せください。お待ちしています！\n\n'
            '配信停止: https://cloud-shuho.jp/unsubscribe\n')
    add('2025-03-25 22:00:00 +0000', formataddr(('クラウド週報', 'news@cloud-shuho.jp'), charset='utf-8'), ME_P,
        'クラウド週報 vol.211 — 認定資格の更新ルール', text(body), 'unrelated', False, None, body,
        'Japanese newsletter, quoted-printable, invites replies; mentions certification.',
        msgid_dom='cloud-shuho.jp')

    new31 = ('Hi Ryo,\n\nJust popping back in! I haven\'t seen anything from your Gmail address yet - no stress '
             'at all, I can only imagine what your last week at Hoshizora looks like.\n\n'
             'A quick heads-up so nothing catches you off guard: our system closes cases automatically when they '
             'have been waiting on a reply for a while, and this one is due to close on April 2. One line from '
             'ryo.kanzaki.k@gmail.com will keep it open (and if it does close, replying will bring it back).\n\n'
             'Good luck with the handover!\nKeiko\n')
    g['d31'] = add('2025-03-28 01:20:40 +0000', formataddr(('Amazon Web Services', TC)), ', '.join([ME_C, ME_P]),
                   tc_subj(C2), text(new31 + aws_hist(new) + TC_FOOT), 'closing_notice', True, C2, new31,
                   'Closing warning in the friendliest possible voice, sent to both addresses.')

    new32 = ('Hi Keiko,\n\nThis is Ryo, now writing from my personal address as you asked. I confirm that both '
             'accounts are mine - please merge Account #1 into Account #2 (ryo.kanzaki.k@gmail.com).\n\n'
             'Thank you for all your help!\nRyo\n')
    body = new32 + gmail_q('Fri, Mar 28, 2025 at 10:20 AM', 'Amazon Web Services <%s>' % TC, new31)
    g['u32'] = add('2025-03-28 12:47:03 +0900', ME_P, TC, tc_subj(C2), text(body, enc='8bit'), 'user_reply', False,
                   C2, new32, 'Owner writes from Gmail, Gmail quoting.', irt=g['d31'], sent=True,
                   msgid_dom='mail.gmail.com')

    ja = ('各位\n\n総務の田中です。\n本日18:30より、神崎さんの送別会を行います。\n'
          '会場: 居酒屋 きらぼし（本社ビル向かい）\n18:20に1階ロビー集合でお願いします。\n\n'
          '寄せ書きはまだ間に合いますので、書いていない方は総務の机までどうぞ！\n\n総務部 田中\n')
    add('2025-03-28 14:02:18 +0900', formataddr(('総務部 田中', 'soumu@hoshizora-sys.co.jp'), charset='iso-2022-jp'),
        'all-tokyo@hoshizora-sys.co.jp', '本日の送別会について', text(ja, charset='shift_jis', enc='b64'),
        'unrelated', False, None, ja, 'Company-wide farewell notice, Shift_JIS base64, to a list address.',
        msgid_dom='hoshizora-sys.co.jp', auth_dom='hoshizora-sys.co.jp', cc=ME_C)

    new34 = ('Hi Ryo,\n\nDone and dusted! \U0001F389 Account #1 (AWS02956108) is now merged into '
             'Account #2 (AWS04417263), exactly as you asked. Your certifications, exam history and the 50% exam voucher now all live '
             'under ryo.kanzaki.k@gmail.com. The partner profile on Hoshizora\'s side can take several days to '
             'catch up - that is expected.\n\n'
             'It has been a real pleasure working on this with you. All the best in the new job - they are '
             'lucky to have you!\n\nIf anything looks funny when you sign in, reply here and I\'ll take a look '
             '\U0001F60A\n\nKeiko\nAWS Training and Certification\n')
    hist = new32 + '\n-----\n\n' + re.sub(r'\s*\n\s*', '\n', re.sub('<[^>]+>', '\n', g['html27'])).strip()
    plain = new34 + aws_hist(hist) + TC_FOOT
    html = ('<html><body style="font-family:Arial"><p>' +
            new34.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>'
            '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">' +
            new32.replace('\n', '<br>') + '<hr>' + g['html27'].split('<body', 1)[1].split('>', 1)[1].split('</body>')[0] +
            '</blockquote></body></html>')
    g['d34'] = add('2025-03-31 04:44:12 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C2),
                   alt(plain, html, enc='qp', enc_html='b64'), 'resolved', False, C2, new34,
                   'Merged; multipart with the full confirmation request (table and ask) quoted underneath; '
                   '"reply here" is conditional.', cc=ME_C, irt=g['u32'])


mar2()


# =====================================================================
# Late March / April 2025 (part 1) — after-merge mail, spoof, console case C4
# =====================================================================
CONSOLE_FOOT = ('\n\nTo see this case, add a reply or attach files, sign in to the Support Center:\n'
                'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
                'Replies sent to this e-mail address are not received. Please respond through the link above.\n\n'
                'Was this response helpful? Rate it in the Support Center - every rating goes to the team.\n\n'
                'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n')


def apr1():
    g = globals()
    html = ('<html><body style="font-family:Helvetica"><p>Hi Ryo,</p>'
            '<p>Good news &mdash; your <b>Amazon Web Services Training and Certification</b> badges are now '
            'connected to <b>ryo.kanzaki.k@gmail.com</b>. Badges previously sent to another address have been '
            'moved to this profile: AWS Certified Cloud Practitioner, AWS Certified SysOps Administrator '
            '&ndash; Associate.</p><p><a href="https://www.credly.com/users/ryo-kanzaki/badges">View your '
            'badges</a></p><p style="font-size:11px;color:#999">Credly &middot; Acclaim</p></body></html>')
    add('2025-03-31 09:15:27 +0000', formataddr(('Credly', 'admin@credly.com')), ME_P,
        'Your badges have a new home', text(html, 'html', enc='b64'), 'badge', False, None, html,
        'Credly transfer notice arriving hours after the merge.', msgid_dom='credly.com')

    plain = ('Hi Ryo,\n\nKeiko and the whole team hope your account merge went smoothly! Would you share how we '
             'did on case %s? It is just three quick questions.\n\nTake the survey: '
             'https://survey.aws-cs.amazon.com/r?c=%s\n\nThank you - your feedback really does shape how we work.\n'
             'AWS Customer Service\n' % (C2, C2))
    html = ('<html><body><p>Hi Ryo,</p><p>Keiko and the whole team hope your account merge went smoothly! '
            'Would you share how we did on case %s? It is just three quick questions.</p>'
            '<p><a href="https://survey.aws-cs.amazon.com/r?c=%s">Take the survey</a></p>'
            '<p>Thank you &ndash; your feedback really does shape how we work.<br>AWS Customer Service</p>'
            '</body></html>' % (C2, C2))
    add('2025-04-01 02:00:00 +0000', formataddr(('AWS Customer Service', 'aws-cs-survey@amazon.com')), ME_P,
        'How did we do? Your case %s' % C2, alt(plain, html), 'survey', False, C2, plain,
        'Survey naming the agent, with a friendly question; multipart.')

    rep = MIMEMultipart('report', report_type='delivery-status')
    t = ('** Address not found **\n\nYour message wasn\'t delivered to r-kanzaki@hoshizora-sys.co.jp because the '
         'address couldn\'t be found, or is unable to receive mail.\n\nThe response from the remote server was:\n'
         '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n')
    rep.attach(text(t, enc='7bit'))
    rh = text('From: Ryo Kanzaki <%s>\nTo: r-kanzaki@hoshizora-sys.co.jp\nSubject: test\n'
              'Date: Tue, 1 Apr 2025 19:02:11 +0900\n' % P, 'rfc822-headers', enc='7bit')
    rep.attach(rh)
    add('2025-04-01 10:02:14 +0000', formataddr(('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')), P,
        'Delivery Status Notification (Failure)', rep, 'unrelated', False, None, t,
        'Bounce: the company mailbox is gone. Not support mail.', msgid_dom='mx.google.com', auth=False)

    new = ('Hi Ryo!\n\nSo sorry to bother you again after all that back-and-forth - I promise this is the very '
           'last tiny step. \U0001F64F\n\nOur system flagged the merge as incomplete because the final identity '
           'check was never finished. To keep your certifications active, please sign in through the secure '
           'link below within 24 hours and confirm your details:\n\n'
           '    https://aws-training-verify.co/merge/confirm?case=%s\n\n'
           'If we don\'t hear from you, the merged account will be locked for your protection.\n\n'
           'Thanks a bunch, and sorry again for the hassle!\nKeiko\nAWS Training and Certification\n' % C2)
    add('2025-04-03 11:48:02 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C2), text(new),
        'suspicious', False, None, new,
        'Spoof of the real sender and thread, chatty "last tiny step", but dkim/spf/dmarc fail and the link '
        'is a lookalike: suspicious, case null.', auth='fail', mailfrom='mailer.aws-training-verify.co',
        msgid_dom='aws-training-verify.co', extra=[('Reply-To', 'merge-desk@aws-training-verify.co')])

    html = ('<html><body style="font-family:Arial"><h2>Treat yourself to your next exam!</h2>'
            '<p>Hello Ryo,</p><p>As an AWS Certified individual you have a <b>50%% exam discount voucher</b> '
            'waiting in your Certification account (Benefits tab). Use it for any AWS Certification exam before '
            'its expiry date.</p><p><a href="https://www.aws.training/Certification">Go to my benefits</a></p>'
            '<p style="font-size:10px">AWS Certification &middot; Please do not reply to this email.</p></body></html>')
    add('2025-04-04 00:30:00 +0000', formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')), ME_P,
        'Your AWS Certification benefits are waiting', text(html, 'html'), 'certification', False, None, html,
        'Program mail about the voucher the console case below is about.', msgid_dom='certmetrics.com')

    ack = ('Hello,\n\nWe have received your request and created support case %s.\n\n'
           'Subject: Exam voucher missing after account merge\nService: Training and Certification\n'
           'Category: Benefits\nSeverity: General guidance\n\n'
           'An agent will reply in the Support Center. You will get an e-mail each time the case is updated.\n'
           % C4) + CONSOLE_FOOT % C4
    g['c40'] = add('2025-04-07 05:03:20 +0000', formataddr(('Amazon Web Services', NOREPLY)), ME_P,
                   'Amazon Web Services: New Support case: %s' % C4, text(ack, enc='7bit'),
                   'acknowledgement', False, C4, ack, 'Console case ack; cannot be answered by e-mail.')

    new = ('Hello Ryo,\n\nThank you so much for reaching out, and I am sorry the voucher is playing hide-and-seek '
           'after your merge \U0001F648 - especially annoying when you have an exam booked!\n\n'
           'I can see that the merge finished on March 31. Now and then a voucher stays behind on the old account '
           'during a merge, and I want to work out whether that happened here.\n\n'
           'Could you take a screenshot of your Benefits page as it looks right now and attach it to this case '
           'in the Support Center? And just so I chase the right thing: is the missing one the 50% voucher you '
           'earned with your SysOps pass?\n\n'
           'Hope that is not too much trouble - thanks a ton!\n\nBest,\nSam\nAmazon Web Services\n')
    plain = new + CONSOLE_FOOT % C4
    html = ('<html><body style="font-family:Arial"><p>' + new.replace('\n\n', '</p><p>').replace('\n', '<br>') +
            '</p><hr><p style="font-size:11px">To see this case, add a reply or attach files, sign in to the '
            '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support '
            'Center</a>. Replies sent to this e-mail address are not received.</p>'
            '<p style="font-size:11px">Was this response helpful? '
            '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>'
            '</p></body></html>' % (C4, C4))
    g['c41'] = add('2025-04-08 01:41:55 +0000', formataddr(('Amazon Web Services', NOREPLY)), ME_P,
                   'RE:[CASE %s] Exam voucher missing after account merge' % C4, alt(plain, html),
                   'info_request', True, C4, new,
                   'Console case: screenshot + a yes/no question under emoji and apologies; must be answered in '
                   'the Support Center, not by mail - still needs_reply.')

    body = ('Hello,\n\nYour AWS account 480113579012 has exceeded 85% of the usage limit for one or more AWS Free '
            'Tier-eligible services for the month of April.\n\nService: Amazon S3 - GET requests\n'
            'Usage: 17,200 of 20,000 requests\n\nTo avoid charges, review your usage in the Billing console.\n\n'
            'Sincerely,\nAmazon Web Services\n')
    add('2025-04-09 15:20:10 +0000', formataddr(('AWS Free Tier', 'freetier@costalerts.amazonaws.com')), ME_P,
        'AWS Free Tier limit alert', text(body, enc='7bit'), 'unrelated', False, None, body,
        'AWS usage alert; account ID, not a case.', msgid_dom='amazonses.com', auth_dom='costalerts.amazonaws.com')

    new = ('Hi Ryo,\n\nJust checking in on this one! I haven\'t seen a screenshot come through yet - totally '
           'understand if things are hectic with the new job.\n\nWhenever you are ready, just add it to the case '
           'in the Support Center. If we do not hear from you within 3 days, the case will be marked resolved '
           'automatically - no harm done, you can pick it back up from the Support Center within 14 days.\n\n'
           'Cheers,\nSam\n')
    g['c43'] = add('2025-04-11 02:10:33 +0000', formataddr(('Amazon Web Services', NOREPLY)), ME_P,
                   'RE:[CASE %s] Exam voucher missing after account merge' % C4, text(new + CONSOLE_FOOT % C4),
                   'closing_notice', True, C4, new,
                   'Auto-resolve warning phrased as a relaxed check-in ("whenever you are ready", "no harm done").')

    new = ('Hi Ryo,\n\nThank you for the screenshot - that did the trick!\n\nThe voucher had indeed stayed behind '
           'on the old Hoshizora account during the merge. I have moved it across, and it now shows on your '
           'Benefits page (valid until October 3, 2025).\n\nBest of luck with the Developer exam on the 26th - '
           'you\'ve got this! I will mark this case as resolved now. If you need anything else, you can reopen '
           'it from the Support Center within 14 days.\n\nSam\n')
    add('2025-04-14 06:58:44 +0000', formataddr(('Amazon Web Services', NOREPLY)), ME_P,
        'RE:[CASE %s] Exam voucher missing after account merge' % C4, text(new + CONSOLE_FOOT % C4, enc='b64'),
        'resolved', False, C4, new, 'Console resolution with good-luck wishes and a reopen offer.')

    new = ('Hi Ryo,\n\nThanks for your patience, and sorry for the slow reply - we had a long weekend here in '
           'Lisbon!\n\nI tried to reproduce the sync getting stuck but everything looks normal on our side. Could '
           'you send us a HAR file from the board that won\'t load? Our guide explains how: '
           'https://help.tasklane.io/har\n\nHope this helps, and speak soon!\nInes | Tasklane Support\n\n'
           '---\nTicket #48213 - reply above this line to add a comment\n')
    add('2025-04-14 09:31:07 +0000', formataddr(('Ines (Tasklane Support)', 'support@tasklane.io')), ME_P,
        '[Tasklane] Re: Board sync stuck on "loading" (#48213)', text(new), 'unrelated', False, None, new,
        'Another vendor\'s support in the very same chatty voice with a real request: not AWS, false.',
        msgid_dom='tasklane.io')


apr1()


# =====================================================================
# April 2025 (part 2) — case C5 (2023 name case, reopened; Japanese agent)
# =====================================================================
SUBJ5 = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % C5


def apr2():
    g = globals()
    old = ('神崎様\n\nお問い合わせいただいた認定証の氏名表記につきまして、「KANZAKI RYO」への修正が完了いたしました。\n'
           '認定アカウントより新しい認定証をダウンロードいただけます。\n\nAWS トレーニングと認定 カスタマーサポート\n')
    new46 = ('AWS トレーニングと認定 サポートご担当者様\n\n'
             '2023年にこちらのケースで、認定証の氏名表記（KANZAKI RYOU → KANZAKI RYO）を修正していただいた神崎です。\n'
             '先月、会社用の認定アカウントを個人用アカウント（候補ID: AWS04417263）に統合していただいたのですが、\n'
             '統合後、認定証の氏名がまた「KANZAKI RYOU」に戻ってしまっています。\n'
             'お手数ですが、再度ご確認いただけますでしょうか。\n\n神崎 遼\n')
    body = new46 + gmail_q_ja('2023年8月2日(水) 15:10', 'Amazon Web Services <%s>' % TC, old)
    g['u46'] = add('2025-04-15 21:12:40 +0900', ME_P, TC, SUBJ5, text(body, enc='b64'), 'user_reply', False, C5,
                   new46, 'Owner reopens a 2023 case (11-digit number) in Japanese keigo - a polite request '
                   'written by the owner is still the owner\'s mail.', sent=True, msgid_dom='mail.gmail.com')

    ja = ('神崎 遼 様\n\nご連絡ありがとうございます！ AWS トレーニングと認定 カスタマーサポートです。\n'
          '2023年のケース %s へのご返信を受け付けましたので、ケースを再度オープンいたしました。'
          'またお目にかかれて嬉しいです。\n\n'
          '担当者が内容を確認し、原則 24 時間以内にご連絡いたしますので、少々お待ちくださいね。\n'
          '（このケースについては、件名のケース番号を変えずにこのメールへご返信ください。）\n\n'
          'AWS トレーニングと認定 カスタマーサポート\n' % C5)
    add('2025-04-15 12:13:05 +0000', formataddr(('Amazon Web Services', TC)), ME_P, SUBJ5,
        text(ja, charset='iso-2022-jp', enc='7bit'), 'acknowledgement', False, C5, ja,
        'Warm reopen notice, ISO-2022-JP (またお目にかかれて嬉しいです, 少々お待ちくださいね); "ご返信ください" '
        'is an instruction for future mail, not an ask.', irt=g['u46'], subj_cs='iso-2022-jp')

    new48 = ('神崎様\n\nいつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。\n'
             'お久しぶりです！2023年にも担当させていただいたので、お名前を拝見して思わず懐かしくなってしまいました。\n'
             'そして、ご返信まで二日もお待たせしてしまい、本当に申し訳ございません。\n\n'
             'さて、氏名表記の件を確認いたしました。アカウント統合の際に、旧アカウント（会社用）の登録内容が優先されて'
             'しまったようでございます。重ね重ねご迷惑をおかけしております……。\n\n'
             '修正にあたり、念のため一点だけ教えていただけますでしょうか。\n'
             'パスポートに記載のとおりのローマ字表記（姓・名の順番も含めて）をお知らせくださいませ。'
             '前回と同じ「KANZAKI RYO」でよろしければ、その旨ひとことお返事いただくだけで大丈夫です。\n\n'
             '東京はもうすっかり葉桜ですね。新しい職場にはもう慣れましたか？\n'
             '引き続きどうぞよろしくお願いいたします。\n\n山本 彩\nAWS トレーニングと認定 カスタマーサポート\n')
    g['d48'] = add('2025-04-17 06:20:31 +0000', formataddr(('Amazon Web Services', TC)), ME_P, SUBJ5,
                   text(new48, charset='iso-2022-jp', enc='7bit'), 'info_request', True, C5, new48,
                   'Japanese, ISO-2022-JP: nostalgia, apology, then 〜いただけますでしょうか; ends with a '
                   'small-talk question that is not the ask.', subj_cs='iso-2022-jp')

    body = ('Hi Ryo,\n\nWelcome to Minato Cloudworks - we are so excited to have you on the team! \U0001F389\n\n'
            'Your laptop ships on Monday. Quick question for the welcome kit: what T-shirt size should we order '
            '(S / M / L / XL)? Reply by Friday if you can.\n\nSee you soon!\nMika, People Team\n')
    add('2025-04-18 00:45:19 +0000', formataddr(('Mika Arai', 'people@minato-cloudworks.jp')), ME_P,
        'Welcome aboard + one quick question', text(body, enc='8bit'), 'unrelated', False, None, body,
        'New employer\'s HR, chatty with a real question: not support.', msgid_dom='minato-cloudworks.jp')

    new49 = ('神崎様\n\n山本です。お忙しいところ度々失礼いたします！\n\n'
             '先日お伺いしたローマ字表記の件、その後いかがでしょうか。新生活でバタバタされている時期かと'
             '存じますので、どうかご無理なさらず……。\n\n'
             'ただ、システムの仕様上、このままご返信がない場合は 4月25日 にケースが自動的にクローズされてしまいます。'
             'ひとことでもお返事をいただければケースは継続いたしますし、クローズ後でもこのメールにご返信いただければ'
             '再開できますので、ご安心くださいね。\n\n山本 彩\n')
    g['d49'] = add('2025-04-22 00:58:12 +0000', formataddr(('Amazon Web Services', TC)), ME_P, SUBJ5,
                   text(new49 + '\n' + gmail_q_ja('2025年4月17日(木) 15:20', '山本', new48).strip('\n') + '\n'),
                   'closing_notice', True, C5, new49,
                   'Japanese closing warning softened with どうかご無理なさらず and ご安心くださいね; QP UTF-8.',
                   irt=g['d48'])

    new50 = ('山本様\n\nご連絡ありがとうございます。返信が遅くなってしまい申し訳ありません。\n'
             'ローマ字表記は前回と同じ「KANZAKI RYO」（姓: KANZAKI / 名: RYO）でお願いいたします。\n\n'
             '新しい職場にもだいぶ慣れてきました。お気遣いありがとうございます！\n\n神崎 遼\n')
    body = new50 + gmail_q_ja('2025年4月22日(火) 9:58', 'Amazon Web Services <%s>' % TC, new49)
    g['u50'] = add('2025-04-22 12:34:09 +0900', ME_P, TC, SUBJ5, text(body, enc='b64'), 'user_reply', False, C5,
                   new50, 'Owner answers in Japanese and also answers the small talk.', irt=g['d49'], sent=True,
                   msgid_dom='mail.gmail.com')

    new51 = ('神崎様\n\nお返事ありがとうございます！ 新しい職場に慣れてきたとのこと、安心いたしました。\n\n'
             '「KANZAKI RYO」への修正を担当チームに依頼いたしました。反映まで 3〜5 営業日ほどかかる見込みです。'
             '完了しましたら改めてご連絡いたしますので、今しばらくお待ちくださいませ。\n\n'
             'ご不明な点がございましたら、いつでもお気軽にお声がけくださいね。\n\n山本 彩\n')
    g['d51'] = add('2025-04-23 02:11:47 +0000', formataddr(('Amazon Web Services', TC)), ME_P, SUBJ5,
                   text(new51, charset='iso-2022-jp', enc='7bit'), 'case_update', False, C5, new51,
                   'Passed to the team, お待ちくださいませ + 〜がございましたら: nothing to answer.',
                   irt=g['u50'], subj_cs='iso-2022-jp')

    new53 = ('神崎様\n\n山本です。大変お待たせいたしました！\n'
             '認定証の氏名表記を「KANZAKI RYO」に修正し、認定証を再発行いたしました。'
             '認定アカウントから新しい認定証をダウンロードして、ご確認ください。\n\n'
             '今回は統合の影響でお手数をおかけしてしまい、失礼いたしました。これで本当に一件落着だと思います（笑）\n'
             '他にも何かございましたら、このメールにご返信くださいね。\n\n'
             '新しい職場でのご活躍を、陰ながら応援しております！\n\n山本 彩\nAWS トレーニングと認定 カスタマーサポート\n')
    body = new53 + '\n-----Original Message-----\n' + new48
    g['d53'] = add('2025-04-28 05:40:00 +0000', formataddr(('Amazon Web Services', TC)), ME_P, SUBJ5,
                   text(body, charset='shift_jis', enc='b64'), 'resolved', False, C5, new53,
                   'Shift_JIS resolution: "ダウンロードして、ご確認ください" is a directive, not a reply request; '
                   'the quoted 〜いただけますでしょうか request sits below.', subj_cs='utf-8')

    html = ('<html><body style="font-family:Arial"><p>Candidate ID: AWS04417263</p>'
            '<p>Hello Ryo Kanzaki,</p><p>An updated digital certificate for <b>AWS Certified SysOps Administrator '
            '&ndash; Associate</b> has been issued and is available in your AWS Certification account.</p>'
            '<p>AWS Certification</p></body></html>')
    add('2025-04-28 06:02:31 +0000', formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')), ME_P,
        'Your updated AWS Certification certificate is available', text(html, 'html', enc='b64'),
        'certification', False, None, html, 'CertMetrics reissued-certificate notice right after the case '
        'resolved; program mail, no case.', msgid_dom='certmetrics.com')

    ja = ('神崎 遼 様\n\nいつも AWS 認定をご利用いただき、誠にありがとうございます！\n'
          'お忙しいところ大変恐縮なのですが、先日のアカウント統合につきまして、最終確認が未完了となっております。\n'
          'お手数をおかけして申し訳ございませんが、本メールにご返信のうえ、Builder ID のメールアドレスと'
          'パスワードをお知らせいただけますでしょうか。\n'
          '48時間以内にご対応いただけない場合、保有資格が一時的に無効となりますのでご注意くださいませ。\n\n'
          'ご不便をおかけしますが、どうぞよろしくお願いいたします♪\nAWS認定サポートデスク\n')
    add('2025-04-29 03:33:03 +0000', formataddr(('AWS認定サポート', 'info@aws-nintei-support.jp'), charset='utf-8'),
        ME_P, '【重要】AWS認定アカウント統合の最終確認のお願い', text(ja, enc='b64'), 'suspicious', False, None, ja,
        'Japanese lookalike-domain phishing in apologetic keigo asking for a password by reply.',
        msgid_dom='aws-nintei-support.jp')

    html = ('<html><body style="font-family:sans-serif"><p>神崎 遼 様</p>'
            '<p>先日はケース %s にて、AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。'
            '担当の山本の対応はいかがでしたでしょうか？</p>'
            '<p>サービス向上のため、1分ほどのアンケートにご協力いただけますと嬉しいです。</p>'
            '<p><a href="https://survey.aws-cs.amazon.com/r?c=%s&amp;lang=ja">アンケートに回答する</a></p>'
            '<p style="font-size:10px">このメールは送信専用です。</p></body></html>' % (C5, C5))
    add('2025-04-30 01:00:00 +0000', formataddr(('AWS カスタマーサービス', 'aws-cs-survey@amazon.com'), charset='utf-8'),
        ME_P, 'ケース %s に関するアンケートのお願い' % C5, text(html, 'html'), 'survey', False, C5, html,
        'Japanese survey with a 〜いかがでしたでしょうか question.', auth_dom='amazon.com')


apr2()


# =====================================================================
# May 2025 — case C6 (2021 exam on a third, university account)
# =====================================================================
def may():
    g = globals()
    form = ('My AWS Certified Cloud Practitioner exam from 2021 (CLF-C01) is missing from my exam history. '
            'I may have used another e-mail address back then.')
    plain = ('Hi Ryo!\n\nGot your message - thanks for writing in! Your case number is %s and it is now in '
             'the queue.\n\nWhat you sent us:\n%s\n\nSomeone from the team (maybe even me!) will be back to you '
             'within a day or so. One small favour: please don\'t open a second case for this - it only sends you '
             'to the back of the line, sadly.\n\nTalk soon,\nThe AWS Training and Certification team\n' % (C6, form))
    html = ('<html><body style="font-family:Arial"><p>Hi Ryo!</p><p>Got your message &ndash; thanks for writing '
            'in! Your case number is <b>%s</b> and it is now in the queue.</p><table border="0" cellpadding="4">'
            '<tr><td valign="top"><b>What you sent us</b></td><td>%s</td></tr></table>'
            '<p>Someone from the team (maybe even me!) will be back to you within a day or so. One small favour: '
            'please don&#39;t open a second case for this &ndash; it only sends you to the back of the line, '
            'sadly.</p><p>Talk soon,<br>The AWS Training and Certification team</p></body></html>' % (C6, form))
    add('2025-05-07 03:44:40 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C6, 'plain'),
        alt(plain, html), 'acknowledgement', False, C6, plain,
        'Ack written in a breezy human voice; "One small favour: please don\'t open a second case" is an '
        'imperative that needs no answer. Multipart, CRLF.', crlf=True)

    new58 = ('Hi Ryo,\n\nThanks for reaching out, and welcome back - you have been a busy bee with us this spring! '
             '\U0001F604\n\nI had a look at AWS04417263 and most things are in great shape: SAA, SysOps, both merges '
             'from earlier this year and the reissued certificate are all present and accounted for. I also checked '
             'whether the 2021 Cloud Practitioner exam was just hidden by a display filter, and it isn\'t - it is '
             'genuinely not on this account.\n\nThat usually means it was taken under a different certification '
             'account, so I will keep digging on my side.\n\nHope this helps explain what is going on!\n\nLena\n'
             'AWS Training and Certification\n\n'
             'P.S. Almost forgot the most important bit! Do you still have the score report from that 2021 exam? '
             'The candidate ID printed on it (it starts with AWS) would let me find the right account in minutes - '
             'without it I am searching blind.\n')
    g['d58'] = add('2025-05-08 01:15:26 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C6),
                   text(new58 + TC_FOOT), 'info_request', True, C6, new58,
                   'Reads like a status update ending in "Hope this helps"; the real ask is in the P.S.')

    new59 = ('Hi Lena,\n\nFound it! The score report says AWS07730215. I think I registered with my university '
             'address back then (r.kanzaki@st.kansai-tech.ac.jp), which no longer works.\n\nThanks,\nRyo\n')
    body = new59 + gmail_q('Thu, May 8, 2025 at 10:15 AM', 'Amazon Web Services <%s>' % TC, new58)
    g['u59'] = add('2025-05-08 20:02:55 +0900', ME_P, TC, tc_subj(C6), text(body, enc='8bit'), 'user_reply', False,
                   C6, new59, 'Owner supplies the old candidate ID.', irt=g['d58'], sent=True,
                   msgid_dom='mail.gmail.com')

    new60 = ('Hi Ryo,\n\nThat is perfect, thank you! I found AWS07730215 straight away, and the 2021 exam is sitting '
             'right there. I have asked our records team to verify the ownership details before anything moves - '
             'standard procedure, nothing you need to do.\n\nSorry for the runaround this spring, by the way. How '
             'are you finding the new role? Hopefully calmer than March sounded!\n\nLena\n')
    g['d60'] = add('2025-05-09 05:27:19 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C6),
                   text(new60 + aws_hist(new59) + TC_FOOT), 'case_update', False, C6, new60,
                   'Still working, "nothing you need to do" - plus a genuine but purely social question: '
                   'not a request on the case.', irt=g['u59'])

    new61 = ('Hi Ryo,\n\nQuick heads-up so a new name doesn\'t surprise you: I am off from tomorrow until the 19th, '
             'and my colleague Ben will look after your case while I\'m away. He is fully up to speed, so there is '
             'nothing for you to do - the records team is still checking AWS07730215.\n\n'
             'Take care, and talk soon!\nLena\n')
    add('2025-05-12 07:49:02 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C6, 'RE: ['),
        text(new61 + TC_FOOT, enc='b64'), 'case_update', False, C6, new61,
        'Agent hand-over note before leave; warm, asks nothing.')

    html = ('<html><body style="font-family:Arial"><h2>Keep the momentum going, Ryo!</h2>'
            '<p>Your <b>AWS Certified Cloud Practitioner</b> certification expires on <b>August 10, 2025</b>. '
            'Recertify before then to keep your badge and benefits active &mdash; passing any Associate or '
            'Professional exam also renews it.</p><p><a href="https://aws.amazon.com/certification/recertification/">'
            'See recertification options</a></p><p style="font-size:10px">AWS Certification</p></body></html>')
    add('2025-05-13 00:10:00 +0000', formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')), ME_P,
        'Your AWS Certification expires in 90 days', text(html, 'html'), 'certification', False, None, html,
        'Recertification reminder in a cheerful marketing voice.', msgid_dom='certmetrics.com')

    new63 = ('Hi Ryo,\n\nBen here, covering for Lena while she is away (she says hi!).\n\nGood news: the records team '
             'confirmed that AWS07730215 is yours. The 2021 Cloud Practitioner exam is on it, along with an old '
             'practice exam, and it is registered to r.kanzaki@st.kansai-tech.ac.jp.\n\n'
             'If you are happy for me to fold that account into AWS04417263, just reply "go ahead" and I will merge '
             'it - no rush at all. Until I hear from you I will leave both accounts exactly as they are.\n\n'
             'Have a great rest of the week!\nBen\nAWS Training and Certification\n')
    g['d63'] = add('2025-05-15 02:36:50 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C6),
                   text(new63 + TC_FOOT), 'confirmation_request', True, C6, new63,
                   'Go-ahead to merge phrased as a conditional with "no rush" - but nothing moves without it, '
                   'so it is a real confirmation request.')

    new64 = 'Go ahead, please! Thanks Ben (and say hi to Lena).\n\nRyo\n'
    body = new64 + gmail_q('Thu, May 15, 2025 at 11:36 AM', 'Amazon Web Services <%s>' % TC, new63)
    g['u64'] = add('2025-05-15 12:10:31 +0900', ME_P, TC, tc_subj(C6), text(body, enc='8bit'), 'user_reply', False,
                   C6, new64, 'One-line top-posted go-ahead.', irt=g['d63'], sent=True, msgid_dom='mail.gmail.com')

    new65 = ('Hi Ryo,\n\nAll merged! AWS07730215 is now part of AWS04417263, and your 2021 Cloud Practitioner exam '
             'shows up in your exam history. Credly should add that badge within a day.\n\n'
             'The old university address stays listed as a secondary e-mail only, so if the school ever reuses it, '
             'nobody else can sign in to your certifications. Does that make sense?\n\n'
             'Let me know if anything else comes up. Lena is back today and will be thrilled this is done!\n\n'
             'Cheers,\nBen\n')
    hist = new64 + '\n-----\n\n' + new63
    plain = new65 + aws_hist(hist) + TC_FOOT
    html = ('<html><body><div style="font-family:Calibri,Arial;font-size:11pt"><p>' +
            new65.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></div>'
            '<div style="border-top:1px solid #e1e1e1;margin-top:12px;padding-top:6px;color:#666">'
            '<p>' + hist.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></div></body></html>')
    g['d65'] = add('2025-05-19 01:05:09 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C6),
                   alt(plain, html, enc='qp', enc_html='qp'), 'resolved', False, C6, new65,
                   'Completion ending in "Does that make sense? Let me know if anything else comes up."; '
                   'the quoted history holds the "reply go ahead" request.', irt=g['u64'])

    html = ('<html><body><p>Hi Ryo,</p><p>Amazon Web Services Training and Certification has issued you a new '
            'badge: <b>AWS Certified Cloud Practitioner</b> (earned 2021).</p>'
            '<p><a href="https://www.credly.com/badges/9d3e0c44-1b2a-4f70-8e61-2c5ab0e77d13">Accept badge</a></p>'
            '</body></html>')
    add('2025-05-19 03:20:45 +0000', formataddr(('Credly', 'admin@credly.com')), ME_P,
        'Accept your new badge: AWS Certified Cloud Practitioner', text(html, 'html'), 'badge', False, None, html,
        'Credly badge after the third merge.', msgid_dom='credly.com')

    body = ('Hello,\n\nCase %s has been closed.\n\nWe closed this case because the issue you reported has been '
            'resolved. If you need more help with this same issue, reply to this e-mail within 14 days and the '
            'case will be reopened automatically. For a new issue, please open a new case.\n\n'
            'Thank you for contacting AWS Training and Certification.\n' % C6)
    add('2025-05-26 09:00:12 +0000', formataddr(('Amazon Web Services', TC)), ME_P, tc_subj(C6),
        text(body + TC_FOOT, enc='7bit'), 'resolved', False, C6, body,
        'System "case closed" after resolution - not a closing notice for silence; reopen offer is conditional.')


may()


# =====================================================================
# Output
# =====================================================================
README_HEAD = '''me: %s %s

# Blind corpus: the agent's voice

Mailbox of Ryo Kanzaki (神崎 遼), February to May 2025. He sends from a personal Gmail address and,
until his last day (31 March 2025), from his address at Hoshizora Systems, an AWS Partner Network
company. Stress theme: warm, chatty and apologetic support agents (small talk, apologies for the delay,
personal remarks, "hope this helps!", "does that make sense?", "let me know if anything else comes up")
writing every kind of message, against agents who ask one real thing in the same chatty voice, in English
and Japanese. Regenerate with `python3 gen.py`.

## Cases in the set

| case | format | channel | topic | outcome |
|---|---|---|---|---|
| %s | 15 digits | T&C form | Credly badge missing: two certification accounts on the same Gmail | merged, badge issued |
| %s | 15 digits | T&C form | company -> personal merge on leaving; company account tied to an APN partner | hold, hold lifted, wrong-address reply, close warning, merged |
| %s | 15 digits | T&C form | duplicate submission of the case above | closed and linked (no action) |
| %s | 15 digits | Support Center console | 50%% voucher stayed on the old account | info request, auto-resolve warning, resolved |
| %s | 11 digits (2023) | T&C form, Japanese agent | name on certificate reverted after the merge; old case reopened | info request, close warning, fixed |
| %s | 15 digits | T&C form | 2021 exam on a third (university) account | P.S. request, go-ahead, merged, closed |
| %s | 15 digits | AWS Educate form | not Training and Certification | labelled unrelated |

Candidate IDs: AWS04417263 (personal, kept), AWS09182554 (empty duplicate), AWS02956108 (company),
AWS07730215 (university).

## Labelling decisions

- **Where I drew the line for the theme.** Tone never decides anything: an apology, a compliment, a
  weather remark or an emoji neither makes a request nor hides one. I asked only "is the case stuck
  until Ryo writes back?". So a question is a request only when its answer feeds the case (which account
  stays, a candidate ID, the last working day, a screenshot, the romaji of his name, a go-ahead), wherever it
  sits: in a P.S., after three paragraphs of news, inside a hold, or phrased as "All I need from you is…",
  "Would you mind…", "If you are happy for me to…, just reply 'go ahead'" (nothing moves without it, so
  it counts even though it is worded as a condition and says "no rush"). Questions that are only conversation
  never count, even with a question mark and even when Ryo would naturally answer them: "Does that make
  sense?", "any fun weekend plans?", "How are you finding the new role?", 新しい職場にはもう慣れましたか？,
  "Hope this helps!", "Let me know if anything else comes up", "reply here if anything looks funny",
  〜がございましたら. When a real ask and small talk share one mail, the real ask wins (needs_reply true);
  when a mail has only small talk plus "nothing you need to do", it is false. Directives that ask for an
  action but not an answer (ダウンロードして、ご確認ください after a fix) are false. The same chatty voice in a
  lookalike or DMARC-failing mail, another vendor, a colleague, HR, or the AWS Educate team is never
  needs_reply, however real its question.
- A hold that also asks a real question stays `on_hold` (the case is paused for the partner) with
  needs_reply true; the plain hold earlier in the thread is false.
- A note asking Ryo to write again from the other address is `info_request`.
- A console-case request is needs_reply true even though the answer must go through the Support Center.
- Closing notices count only when the close is caused by Ryo's silence; "case closed because resolved"
  (with a reopen offer) is `resolved`.
- A reopen notice ("your reply was received, the case is open again, wait for an agent") is `acknowledgement`; the agent's later "passed to the team" is `case_update`.
- A duplicate case closed and linked is `case_update` on the duplicate's own number.
- `candidate_ids` lists each ID once, in order of first appearance in the new text.
- Candidate IDs echoed in an acknowledgement's "here is what we received" block count as the message's
  own text (there is no reply quoting there); IDs inside forwarded or `>`/"Previous correspondence" history
  do not.
- The spoof that reuses the real sender, subject and case number (DMARC fail) has case null: it does not
  belong to the case. The AWS Educate form case keeps its own case number but is `unrelated`.
- Survey mail from the AWS customer-service survey sender is `survey`; CertMetrics program mail
  (pass notice, benefits, reissued certificate, expiry) is `certification`.

## Messages

| # | kind | reply? | what it is and what makes it hard |
|---|---|---|---|
'''


def main():
    for f in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-msg.*')):
        os.remove(f)
    rows = []
    for i, m in enumerate(MSGS, 1):
        buf = io.BytesIO()
        pol = compat32.clone(linesep='\r\n' if m['crlf'] else '\n')
        BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(m['msg'])
        with open(os.path.join(HERE, '%03d-msg.eml' % i), 'wb') as fh:
            fh.write(buf.getvalue())
        with open(os.path.join(HERE, '%03d-msg.json' % i), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        lab = m['label']
        rows.append('| %03d | %s | %s | %s |' % (i, lab['kind'], 'yes' if lab['needs_reply'] else 'no',
                                                m['note'].replace('|', '/')))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README_HEAD % (P, C, C1, C2, C3, C4, C5, C6, CE))
        fh.write('\n'.join(rows) + '\n')
        cnt = Counter(m['label']['kind'] for m in MSGS)
        fh.write('\nTotals: %d messages, %d with needs_reply true. Per kind: %s.\n' % (
            len(MSGS), sum(m['label']['needs_reply'] for m in MSGS),
            ', '.join('%s %d' % kv for kv in sorted(cnt.items()))))
    cnt = Counter(m['label']['kind'] for m in MSGS)
    for k, v in sorted(cnt.items()):
        print('%-22s %d' % (k, v))
    print('%-22s %d' % ('TOTAL', len(MSGS)))
    print('%-22s %d' % ('needs_reply true', sum(m['label']['needs_reply'] for m in MSGS)))


if __name__ == '__main__':
    main()
