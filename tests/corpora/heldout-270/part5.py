"""Mid/late May 2025: wrong-address confirmation, merge done, console case."""
from common import *
from part4 import SUBJ_M, TC_NAME, REFS, CONFIRM_TEXT

SUBJ_V = "RE:[CASE %s] Exam discount benefit missing after account merge" % CASE_V
CON_NAME = "Amazon Web Services"


def messages():
    out = []
    # 43 write from the destination address
    t = """Hi Haruka,

Thank you for the confirmation. It reached us from %s, which
is the login address of Account #2 - the account that will be deactivated.
For the protection of both accounts we can only act on a confirmation that
comes from the login address of the account being kept.

We need you to send the same confirmation from %s (Account #1).
Replying to this e-mail from that mailbox is enough; the case number in the
subject keeps it attached to this case.

Daniela R.
AWS Training and Certification Customer Service
""" % (ME_C, ME_P)
    out.append((build(when=dt("2025-05-14 06:40:18"), key="m043",
        frm=addr(TC_NAME, TC_FORM), to=ME_C, cc=ME_P, subject=SUBJ_M,
        irt=mid("m042", "outlook"), refs=REFS + [mid("m041", "ses"), mid("m042", "outlook")],
        body=part(t + FORM_FOOTER)), L("info_request", True, CASE_M)))

    # 44 owner confirms from Gmail, gives IDs
    r = """Hi Daniela,

Confirmed, from my personal address this time: please merge all accounts
into Account #1 (%s). Account #2 (%s, %s) can be deactivated.

Thank you,
Haruka Mizuno

On Wed, May 14, 2025 at 3:40 PM AWS Training and Certification <%s> wrote:
%s
""" % (ME_P, OLD_CID, ME_C, TC_FORM, quote(t))
    r = r.replace("Account #1 (%s)" % ME_P, "Account #1 (%s, candidate ID %s)" % (ME_P, NEW_CID))
    out.append((build(when=dt("2025-05-14 18:20:40", JST), key="m044", incoming=False,
        frm=addr(ME_NAME, ME_P), to=addr(TC_NAME, TC_FORM), subject=SUBJ_M,
        msgid=mid("m044", "gmail"), irt=mid("m043", "ses"),
        refs=REFS + [mid("m042", "outlook"), mid("m043", "ses")],
        body=part(r)), L("user_reply", False, CASE_M, [NEW_CID, OLD_CID])))

    # 45 resolved, top-posted over the whole history (incl. the old request)
    new = """Hi Haruka,

I have merged your accounts. Exam history, certifications and the unused
50%% discount from Account #2 are now on Account #1, and your active
candidate ID is %s. Account #2 has been deactivated.

Your Credly badges will follow automatically; there is nothing more you need
to do. If anything looks wrong when you sign in, reply here and we'll check.

Best,
Daniela R.
AWS Training and Certification Customer Service
""" % NEW_CID
    hist = "On May 14, 2025, at 09:20 UTC, Haruka Mizuno <%s> wrote:\n%s\n\n" % (ME_P, quote(r.split("\nOn Wed")[0]))
    hist += "On May 9, 2025, AWS Training and Certification wrote:\n" + quote(CONFIRM_TEXT)
    out.append((build(when=dt("2025-05-14 11:02:51"), key="m045",
        frm=addr(TC_NAME, TC_FORM), to=ME_P, subject=SUBJ_M,
        irt=mid("m044", "gmail"), refs=REFS + [mid("m043", "ses"), mid("m044", "gmail")],
        body=part(new + "\n" + hist + "\n" + FORM_FOOTER, cte="base64")),
        L("resolved", False, CASE_M, [NEW_CID])))

    # 46 Credly after the merge
    h = html("""<p>Hi Haruka,</p>
<p>Good news! 2 badges from <b>Amazon Web Services Training and Certification</b>
are now in your Credly account:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate (expired)</li></ul>
<p><a href="https://www.credly.com/users/haruka-mizuno.4c2e/badges">See your badges</a></p>
<p style="font-size:11px">Credly, Inc. Unsubscribe from badge notifications in your settings.</p>""")
    out.append((build(when=dt("2025-05-14 11:31:07"), key="m046",
        frm=addr("Credly", "admin@credly.com"), to=ME_P,
        subject="Your badges from Amazon Web Services Training and Certification",
        body=part(h, "html")), L("badge", False)))

    # 47 case survey
    h = html("""<p>Hello,</p>
<p>Your recent case with AWS Training and Certification Customer Service
(case %s) was marked as resolved. How satisfied were you with the help you received?</p>
<p>%s</p>
<p>The survey takes about two minutes. Your answers go to the team that handled
your case.</p>
<p style="font-size:11px;color:#687078">Please do not reply to this message.</p>""" % (
        CASE_M, " ".join('<a href="https://survey.aws-tc.amazon.com/s/%s?r=%d">%d</a>' % (CASE_M, i, i) for i in range(1, 6))))
    out.append((build(when=dt("2025-05-16 00:12:00"), key="m047",
        frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_P,
        subject="How did we do? Case %s" % CASE_M,
        body=part(h, "html")), L("survey", False, CASE_M)))

    # 48 spoofed From: real address, DKIM/DMARC fail
    t = """Hello Haruka,

Your accounts were merged successfully. However, a transfer fee of USD 49.00
for moving certification benefits between accounts has not been paid. To
keep your 50%% exam discount, please reply within 24 hours with the card
number, expiry date and security code of the card you used for your last
exam, or pay at https://aws-training-billing.support/pay/%s.

Best regards,
AWS Training and Certification Customer Service
""" % CASE_M
    out.append((build(when=dt("2025-05-20 07:33:18"), key="m048",
        frm=addr(TC_NAME, TC_FORM), to=ME_P, subject=SUBJ_M,
        msgid=mid("m048", "mail.bulk-relay7.net"),
        recv=[("Received", "from mail.bulk-relay7.net (mail.bulk-relay7.net. [185.222.58.14])\n        by mx.google.com with ESMTP id x3-20020a17090a\n        for <%s>; Tue, 20 May 2025 07:33:19 +0000" % ME_P)],
        auth={"dkim": "fail", "spf": "fail", "dmarc": "fail", "mailfrom": "bulk-relay7.net"},
        body=part(t)), L("suspicious", False)))

    # 49 console case opened
    t = """Dear Amazon Web Services Customer,

We have opened case %s to address your request. You can view the case and
respond to it in the AWS Support Center.

Case ID: %s
Subject: Exam discount benefit missing after account merge
Severity: General guidance
Correspondence: Below is the content of your case as submitted:

After my two certification accounts were merged last week, the unused 50%%
exam discount from my old account does not appear under Benefits in the
merged account.

Sincerely,
Amazon Web Services
""" % (CASE_V, CASE_V) + (CONSOLE_FOOTER % CASE_V)
    out.append((build(when=dt("2025-05-22 18:45:52"), key="m049",
        frm=addr(CON_NAME, CONSOLE), to=ME_P,
        subject="Amazon Web Services: New Support case: %s" % CASE_V,
        body=part(t, cte="7bit")), L("acknowledgement", False, CASE_V)))

    # 50 console request, long explanation first, answer only in the console
    t = """Hello,

Thank you for contacting AWS Support. My name is Aiko and I'll be helping
you with this case.

I reviewed the merged account. The 50% discount from the former account was
carried over, but it is in a "Reserved" state. A benefit becomes reserved
when it is applied to an exam appointment; if that appointment was cancelled
or moved around the time of a merge, the reservation is sometimes not
released and the benefit disappears from the Benefits page.

Could you let us know whether you had an exam booked with the discount on
the old account before the merge, and if so, which exam and what date?
Kindly add your answer to this case in the Support Center, as replies sent
to this e-mail do not reach us.

Best regards,
Aiko S.
Amazon Web Services
""" + (CONSOLE_FOOTER % CASE_V)
    out.append((build(when=dt("2025-05-23 03:18:44"), key="m050",
        frm=addr(CON_NAME, CONSOLE), to=ME_P, subject=SUBJ_V,
        body=("alternative", [part(t), part(html(text_to_html(t)), "html")])),
        L("info_request", True, CASE_V)))

    # 51 console auto-resolve warning
    t = """Hello,

We haven't heard back from you on this case. If we do not receive your
response in the Support Center within the next 3 days, the case will be
resolved automatically.

A resolved case can be reopened from the Support Center for up to 14 days.

Best regards,
Amazon Web Services
""" + (CONSOLE_FOOTER % CASE_V)
    out.append((build(when=dt("2025-05-27 03:20:01"), key="m051",
        frm=addr(CON_NAME, CONSOLE), to=ME_P, subject=SUBJ_V,
        body=part(t, cte="7bit")), L("closing_notice", True, CASE_V)))

    # 52 console update after the owner answered in the console
    t = """Hello,

Thank you for the details you added in the Support Center. Since the exam
you had booked in April was cancelled, the reservation should have been
released. I have asked the Certification benefits team to release it
manually. They normally complete such requests within five business days,
and I will update this case when they are done.

Best regards,
Aiko S.
Amazon Web Services
""" + (CONSOLE_FOOTER % CASE_V)
    out.append((build(when=dt("2025-05-28 04:02:37"), key="m052",
        frm=addr(CON_NAME, CONSOLE), to=ME_P, subject=SUBJ_V,
        body=part(t)), L("case_update", False, CASE_V)))

    # 53 company IT: mailbox shut-down notice
    t = """各位

情報システム部です。
本日付で退職される方の社用メールアドレスは、本日 18:00 をもって停止します。
停止後に届いたメールは送信者へエラーとして返送されます。
必要なメールは 17:00 までに各自で保存してください（返信は不要です）。

情報システム部
"""
    out.append((build(when=dt("2025-05-30 09:00:00", JST), key="m053",
        frm=addr("情報システム部", "it-helpdesk@kitebridge-sys.co.jp"), to=ME_C,
        subject="【重要】本日18:00 社用メールアドレス停止のお知らせ", msgid=mid("m053", "outlook"),
        body=part(t, charset="shift_jis", cte="base64"), subj_cs="shift_jis"),
        L("unrelated", False)))
    return out
