# Part of gen.py (blind-283); executed by gen.py in its own namespace.
# --- Japanese benefit notice from CertMetrics (ISO-2022-JP)
t = D(2025, 6, 17, 0, 30, 0)
txt = """西本 遥 様

AWS 認定アカウントに新しい特典が追加されました。

特典: 次回の AWS 認定試験で利用できる 50%% 割引
有効期限: 2026 年 5 月 28 日
AWS 候補 ID: %s

特典は、AWS 認定アカウントの「特典」ページからご確認いただけます。
試験の予約時に割引コードを入力してご利用ください。

本メールは送信専用アドレスからお送りしています。

AWS 認定
""" % CID_P
add('cert_benefit', kind='certification', reply=False, case=None, cands=[CID_P], t=t,
    frm=addr('AWS 認定', CM, 'ISO-2022-JP'), to=ME_P,
    subject='AWS 認定: 新しい特典をご利用いただけます', subj_cs='ISO-2022-JP',
    body=Text(txt, 'plain', 'iso-2022-jp', '7bit'), msgid=mid_generic('certmetrics.com'),
    trace=gmail_trace(t, 'bounce-%d@certmetrics.com' % rng.randint(10000, 99999), '34.212.3.19', 'mail.certmetrics.com',
                      gauth('certmetrics.com', 'bounce-40412@certmetrics.com', '34.212.3.19', 'certmetrics.com')),
    what='Benefit notice, Japanese ISO-2022-JP', note='Same voucher as E; program mail')

# --- exam-vendor lookalike phishing
t = D(2025, 6, 18, 11, 7, 44)
txt = """Dear Candidate,

Your upcoming AWS Certification exam appointment (registration 521066390) has been
CANCELLED because the identification on your profile could not be validated.

To keep your exam fee, reschedule within 24 hours and re-enter your payment card
details here:

  https://pearsonvue-exam-services.com/reschedule?reg=521066390

If you do not act, the fee is forfeited.

Pearson VUE Candidate Services
"""
mf = 'noreply@pearsonvue-exam-services.com'
ip = '193.29.%d.%d' % (rng.randint(0, 255), rng.randint(1, 254))
add('phish_pvue', kind='suspicious', reply=False, case=None, cands=[], t=t,
    frm=addr('Pearson VUE', mf), to=ME_P,
    subject='Your AWS Certification exam appointment has been cancelled',
    body=Text(txt, 'plain', 'us-ascii', '7bit'), msgid=mid_generic('pearsonvue-exam-services.com'),
    trace=gmail_trace(t, mf, ip, 'smtp.pearsonvue-exam-services.com',
                      gauth('pearsonvue-exam-services.com', mf, ip, 'pearsonvue-exam-services.com', spf='softfail', dmarc='none')),
    what='Exam-vendor lookalike wants card details', note='Lookalike domain; SPF softfail')

# --- newsletter
t = D(2025, 6, 20, 22, 0, 0)
html = """<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1 style="font-size:24px">Cloud Weekly &mdash; Issue #212</h1>
<h3>1. When your employer's email goes away</h3>
<p>A reader asks what happens to certifications tied to a work address after changing jobs. Short answer: open a
request with the certification team <em>before</em> your last day, and answer their follow-up questions quickly &mdash;
cases without a reply get closed. We walk through the whole flow, from the acknowledgement to the final
"accounts merged" mail.</p>
<h3>2. Case study: merging three AWS Organizations into one</h3>
<p>How a retailer consolidated billing across 140 accounts without downtime.</p>
<h3>3. Quick links</h3>
<ul><li>New instance types in ap-northeast-1</li><li>IAM Identity Center now supports ...</li></ul>
<p style="font-size:11px;color:#777">You're receiving Cloud Weekly because you subscribed at cloudweekly.dev.
<a href="https://cloudweekly.dev/unsubscribe?u=1881">Unsubscribe</a></p>
</body></html>"""
add('newsletter', kind='unrelated', reply=False, case=None, cands=[], t=t,
    frm=addr('Cloud Weekly', 'hello@cloudweekly.dev'), to=ME_P,
    subject='Cloud Weekly #212: certifications after a job change, merging Organizations',
    body=alt(re.sub(r'<[^>]+>', '', html.replace('</p>', '\n').replace('</h3>', '\n').replace('</li>', '\n')), html),
    msgid=mid_generic('cloudweekly.dev'), trace=vendor_in(t, ME_P, 'cloudweekly.dev'),
    extra=[('List-Unsubscribe', '<https://cloudweekly.dev/unsubscribe?u=1881>'), ('Precedence', 'bulk')],
    what='Newsletter on certification merges', note='Case vocabulary in prose')

# --- owner forwards the Case A result to herself as a note
t = D(2025, 6, 21, 10, 12, 45, JST)
NOTE = """Memo for myself: certification accounts merged on 29 May (this case).
The voucher that went missing was fixed in case %s on 16 June.
Keep this mail.

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Thu, May 29, 2025 at 3:31 PM
Subject: %s
To: <%s>

""" % (CASE_E, TC, SUBJ_A, ME_P) + A_DONE
add('a_note', kind='user_reply', reply=False, case=CASE_A, cands=[], t=t,
    frm=ME_P_FROM, to=ME_P, subject='Fwd: ' + SUBJ_A,
    body=Text(NOTE, 'plain', 'utf-8', 'quoted-printable'), msgid=mid_gmail(), refs=['a_done'],
    what="A: owner's note to self (forward)", note='From = To = owner; names E too')
