# Case A (first half) and case B (duplicate form).
from gen_lib import *

TCN = "AWS Training and Certification"
TC_AD = ad(TCN, TC_FORM)
ME_PAD = ad(ME_NAME, ME_P)
ME_CAD = ad(ME_NAME, ME_C)
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)
SUBJ_B = "RE:[CASE %s] %s" % (CASE_B, TC_SUBJ)
G_AUTH = auth_gmail("amazon.com", "0101019555aa@email.amazonses.com", dkim_d="amazon.com")
X_AWS = {"X-SES-Outgoing": "2025.03.03-54.240.48.117", "Feedback-ID": "::1.us-east-1.csform:AmazonSES"}

# ---------------- A1 acknowledgement ----------------
A1_TXT = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case %(c)s, and a member of our team will get back to you, normally within one business day. Some requests need a little longer while we research them.

To keep things moving, please send anything further as a reply to this email rather than submitting the contact form again: a second case for the same request does not speed things up.

Here is a copy of what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Name: Ryo Sasaki
Email: ryo.sasaki.dev@gmail.com
AWS Candidate ID: AWS11480392
Description:
I am leaving Kumonoito Systems at the end of March and would like to merge the certification account registered with r-sasaki@kumonoito-sys.co.jp (candidate ID AWS02736815) into my personal account. Addresses I have used: r-sasaki@kumonoito-sys.co.jp, ryo.sasaki.dev@gmail.com. Address to keep: ryo.sasaki.dev@gmail.com.

Kind regards,
AWS Training and Certification Customer Support

----------------------------------------------------------------
AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ご依頼はケース番号 %(c)s として登録されました。担当者より通常1営業日以内にご連絡いたします。
同じ内容でフォームを再度送信されますと対応が遅れることがございますので、追加のご連絡はこのメールへの返信でお送りください。
""" % {"c": CASE_A}

A1_HTML = "<html><body style=\"font-family:Arial\">" + html_pre(A1_TXT) + "</body></html>"
A1 = add("A1", dt("2025-03-03 09:14"), TC_AD, ME_P, "[CASE %s] %s" % (CASE_A, TC_SUBJ),
         alt(A1_TXT, A1_HTML, "A1"), ("acknowledgement", False, CASE_A, [CID_P, CID_C]),
         "Ack of case A, bilingual EN/JA; echoes the submitted form (IDs count as new text: no quote marks).",
         msgid=mid("A1", "ses"), auth=G_AUTH, extra=dict(X_AWS), tz=UTC,
         store=dict(body=A1_TXT, name=TCN, addr=TC_FORM, to=ME_P))

# ---------------- B1 duplicate acknowledgement (company address) ----------------
B1_TXT = """Ryo Sasaki 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース %s を作成いたしました。

担当者が内容を確認し、通常24時間以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。
同じご依頼のケースがすでにある場合は、新しいケースを作成せず、既存ケースのメールへご返信ください。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS02736815
本文:
退職に伴い、会社のメールアドレスで登録している認定アカウントを個人のアカウント(ryo.sasaki.dev@gmail.com)へ統合したいです。先ほど個人アドレスから送信しましたが、受付メールが見当たらないため念のため再送します。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_B
B1 = add("B1", dt("2025-03-03 11:52"), TC_AD, ME_C, "[CASE %s] %s" % (CASE_B, TC_SUBJ),
         Leaf(B1_TXT, cte="base64"), ("acknowledgement", False, CASE_B, [CID_C]),
         "Second ack (duplicate form from company address); Japanese-only template, base64.",
         msgid=mid("B1", "ses"), auth=auth_exo("amazon.com", "amazonses.com"), tz=UTC,
         extra={"X-MS-Exchange-Organization-SCL": "1"},
         store=dict(body=B1_TXT, name=TCN, addr=TC_FORM, to=ME_C))

# ---------------- B2 duplicate closed (case_update) ----------------
B2_TXT = """Hello Ryo,

This request is already being handled under case %s, opened from ryo.sasaki.dev@gmail.com a couple of hours before this one, so I've closed this duplicate and linked the two. Everything continues on %s; nothing to do on this one.

Best,
Olivia
AWS Training and Certification

%s""" % (CASE_A, CASE_A, aws_prev(T["B1"]["date"], TC_FORM, B1_TXT))
add("B2", dt("2025-03-04 09:41"), TC_AD, ME_C, SUBJ_B, Leaf(B2_TXT), ("case_update", False, CASE_B, []),
    "Duplicate case B closed and linked to A; short English over quoted Japanese ack holding an ID. "
    "Mentions the other case number in new text; label is the case in the subject.",
    msgid=mid("B2", "ses"), irt=B1, refs=B1, auth=auth_exo("amazon.com", "amazonses.com"), tz=UTC)

# ---------------- A2 partner hold with buried question ----------------
FORM_ECHO = A1_TXT.split("Here is a copy of what you sent us:\n\n")[1].split("\nKind regards")[0]
A2_NEW = """Hi Ryo,

Thanks for your patience.

I looked up both certification profiles. The one registered to r-sasaki@kumonoito-sys.co.jp is currently associated with an AWS Partner Network organization (Kumonoito Systems Co., Ltd.). While that association is in place, the certifications on it count toward the partner's totals, and we cannot move them to another profile without the partner side being involved. For that reason I have put the merge on hold and opened an internal request with our partner operations team.

Nothing has been lost and your personal profile is untouched. Once partner operations releases the association, the merge itself takes only a few minutes.

One thing would help them decide quickly: are you still employed by Kumonoito Systems, and if you are leaving, what is your last working day?

Regards,
Marco D.
AWS Training and Certification Customer Support
"""
A2_TXT = A2_NEW + "\n" + aws_prev(dt("2025-03-03 09:13"), ME_P, FORM_ECHO)
A2 = add("A2", dt("2025-03-04 10:05"), TC_AD, ME_P, SUBJ_A, Leaf(A2_TXT), ("on_hold", True, CASE_A, []),
         "APN partner hold; the one question (still employed? last day?) sits in the next-to-last paragraph "
         "after reassurance. Quoted form below holds both IDs.",
         msgid=mid("A2", "ses"), irt=A1, refs=A1, auth=G_AUTH, tz=UTC,
         store=dict(body=A2_TXT, name="Marco D. (" + TCN + ")", addr=TC_FORM, to=ME_P))

# ---------------- A3 user's long answer quoting the short question ----------------
A3_TXT = gmail_on(dt("2025-03-04 10:05"), TCN, TC_FORM) + """
> One thing would help them decide quickly: are you still employed by
> Kumonoito Systems, and if you are leaving, what is your last working day?

Hi Marco,

Yes, I am still employed there until the end of this month. My last working day is Monday, 31 March 2025, and I start with a new employer on 1 April (not an AWS partner, as far as I know). My company mailbox r-sasaki@kumonoito-sys.co.jp will be shut down on 31 March, so after that date I can only be reached at this address.

I have already told our partner alliance lead, Ms. Kaori Endo, who administers our Partner Central account, that I am leaving, and she is fine with my certifications moving to my personal profile. If partner operations needs to hear it from her directly, she can be reached at k-endo@kumonoito-sys.co.jp.

For reference, the company certification account is AWS02736815 and it holds:
- AWS Certified Solutions Architect - Professional (earned 2023-06)
- AWS Certified SysOps Administrator - Associate (earned 2022-11)
- AWS Certified Solutions Architect - Associate (earned 2022-04, expires 2025-04)
- a 50% exam discount voucher that I have not used yet

I would like all of these to end up on the personal profile. If the merge can only happen after 31 March, that is fine too; I just want to be sure nothing is lost when the company address stops working.

Thanks a lot,
Ryo Sasaki
"""
A3 = add("A3", dt("2025-03-04 22:47"), ME_PAD, TC_FORM, SUBJ_A,
         alt(A3_TXT, "<div dir=\"ltr\">" + html_pre(A3_TXT) + "</div>", "A3"),
         ("user_reply", False, CASE_A, [CID_C]),
         "Owner's long bottom-posted answer under a two-line quote of the question; lists certs and an ID.",
         msgid=mid("A3", "gmail"), irt=A2, refs=A1 + " " + A2,
         store=dict(body=A3_TXT, name=ME_NAME, addr=ME_P, to=TC_FORM))

# ---------------- A4 "Thanks, passing this on" ----------------
A4_NEW = """Thanks, passing this on to our partner operations team.

Priya
AWS Training and Certification Customer Support
"""
A4_TXT = (A4_NEW + "\n" + outlook(ME_PAD, dt("2025-03-04 22:47"), TC_FORM, SUBJ_A, A3_TXT) + "\n\n"
          + outlook(TC_AD, dt("2025-03-04 10:05"), ME_P, SUBJ_A, A2_TXT))
A4_HTML = ("<html><body><p>Thanks, passing this on to our partner operations team.</p><p>Priya<br>"
           "AWS Training and Certification Customer Support</p><hr>" + html_pre(A4_TXT.split("\n", 4)[4])
           + "</body></html>")
A4 = add("A4", dt("2025-03-05 16:02"), TC_AD, ME_P, SUBJ_A, alt(A4_TXT, A4_HTML, "A4"),
         ("case_update", False, CASE_A, []),
         "One line (passed to partner team) over Outlook-style history that still contains the hold question.",
         msgid=mid("A4", "ses"), irt=A3, refs=" ".join([A1, A2, A3]), auth=G_AUTH, tz=UTC,
         store=dict(body=A4_TXT, name=TCN, addr=TC_FORM, to=ME_P))

# ---------------- A5 user "Any news?" ----------------
A5_TXT = ("Any news? Only three weeks left on my company address.\n\nRyo\n\n"
          + gmail_on(dt("2025-03-05 16:02"), TCN, TC_FORM) + "\n" + q(A4_TXT) + "\n")
A5 = add("A5", dt("2025-03-10 20:15"), ME_PAD, TC_FORM, SUBJ_A,
         alt(A5_TXT, "<div dir=\"ltr\">" + html_pre(A5_TXT) + "</div>", "A5"),
         ("user_reply", False, CASE_A, []),
         "Owner's one-line nudge over the whole thread in > quotes.",
         msgid=mid("A5", "gmail"), irt=A4, refs=" ".join([A1, A2, A3, A4]),
         store=dict(body=A5_TXT, name=ME_NAME, addr=ME_P, to=TC_FORM))

# ---------------- A6 long update quoting the short nudge ----------------
A6_NEW = """Hello Ryo,

> Any news? Only three weeks left on my company address.

Yes, and thank you for following up. Partner operations finished their review yesterday evening. Because you told us you are leaving Kumonoito Systems on 31 March, and the partner's alliance lead confirmed the same on her side, they have released the partner association from the company certification profile. The hold on this case is lifted.

What happens next: a colleague on the merge queue will send you the details of both profiles (login and notification addresses for each) so that you can check them before anything is combined. That message should reach you within a day or two, at this address.

A few notes while you wait:
- Exam history, active certifications and the unused 50% discount voucher all travel with the merge; nothing has to be re-earned.
- Credly may re-issue your badges to the personal address afterwards. That is expected, and old badge links keep working.
- The partner's certified headcount in Partner Central drops by one after the merge. The partner has been told.

There is nothing you need to do right now. Should anything in the plan above look wrong to you, just reply on this thread.

Kind regards,
Tomasz W.
AWS Training and Certification Customer Support
"""
A6_TXT = A6_NEW + "\n" + aws_prev(dt("2025-03-10 20:15"), ME_P, A5_TXT)
A6 = add("A6", dt("2025-03-11 10:48"), TC_AD, ME_P, SUBJ_A, Leaf(A6_TXT), ("case_update", False, CASE_A, []),
         "Long new text that quotes the owner's one-line question; hold lifted, next step announced, "
         "conditional 'should anything look wrong, reply'.",
         msgid=mid("A6", "ses"), irt=A5, refs=" ".join([A1, A2, A3, A4, A5]), auth=G_AUTH, tz=UTC,
         store=dict(body=A6_TXT, name=TCN, addr=TC_FORM, to=ME_P))

# ---------------- A7 confirmation request, HTML only with a table ----------------
ROWS = [("Candidate ID", CID_P, CID_C),
        ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C),
        ("Active certifications", "none", "SAP-C02, SOA-C02, SAA-C03")]
tbl = "".join("<tr><td style=\"padding:4px;border:1px solid #999\"><b>%s</b></td>"
              "<td style=\"padding:4px;border:1px solid #999\">%s</td>"
              "<td style=\"padding:4px;border:1px solid #999\">%s</td></tr>" % r for r in ROWS)
A7_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hello Ryo,</p>
<p>I'm Aileen and I'll be completing the merge for you. Before I combine anything, please look over the two certification profiles we found under your name:</p>
<table style="border-collapse:collapse"><tr><th></th><th style="padding:4px;border:1px solid #999">Account #1</th><th style="padding:4px;border:1px solid #999">Account #2</th></tr>
%s</table>
<p>Account #2 will be folded into Account #1, and Account #1 (%s) is the profile you will sign in with afterwards. A merge cannot be undone.</p>
<p>Do both profiles belong to you, and is Account #1 the one to keep? A short reply such as &quot;Confirmed, merge into Account #1&quot; is all I need.</p>
<p>Best regards,<br>Aileen<br>AWS Training and Certification Customer Support</p>
<hr style="border:0;border-top:1px solid #ccc">
<div style="color:#555">%s</div>
</body></html>""" % (tbl, ME_P, html_pre(A6_TXT))
A7_TXT = """Hello Ryo,

I'm Aileen and I'll be completing the merge for you. Before I combine anything, please look over the two certification profiles we found under your name:

Account #1
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s
Active certifications: none

Account #2
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s
Active certifications: SAP-C02, SOA-C02, SAA-C03

Account #2 will be folded into Account #1, and Account #1 (%s) is the profile you will sign in with afterwards. A merge cannot be undone.

Do both profiles belong to you, and is Account #1 the one to keep? A short reply such as "Confirmed, merge into Account #1" is all I need.

Best regards,
Aileen
AWS Training and Certification Customer Support
""" % (CID_P, ME_P, ME_P, ME_P, CID_C, ME_C, ME_C, ME_C, ME_P)
A7 = add("A7", dt("2025-03-12 09:55"), TC_AD, ME_P, SUBJ_A, Leaf(A7_HTML, "html", cte="quoted-printable"),
         ("confirmation_request", True, CASE_A, [CID_P, CID_C]),
         "HTML-only; Account #1/#2 as a table; the ask is a question after the table; long history under an <hr>.",
         msgid=mid("A7", "ses"), irt=A6, refs=" ".join([A1, A2, A3, A4, A5, A6]), auth=G_AUTH, tz=UTC,
         store=dict(body=A7_TXT + "\n" + aws_prev(dt("2025-03-11 10:48"), TC_FORM, A6_TXT),
                    name="Aileen", addr=TC_FORM, to=ME_P))

# ---------------- A8 "Reminder: see my question below" ----------------
A8_TXT = ("Hi Ryo,\n\nReminder: see my question below.\n\nAileen\nAWS Training and Certification Customer Support\n\n"
          "On 12/03/2025 00:55 UTC, AWS Training and Certification wrote:\n" + q(T["A7"]["body"]) + "\n")
A8 = add("A8", dt("2025-03-14 10:02"), TC_AD, ME_P, SUBJ_A, Leaf(A8_TXT, cte="quoted-printable"),
         ("confirmation_request", True, CASE_A, []),
         "One-line reminder; the actual merge question and the Account #1/#2 listing are only in > quotes.",
         msgid=mid("A8", "ses"), irt=A7, refs=" ".join([A1, A2, A3, A4, A5, A6, A7]), auth=G_AUTH, tz=UTC,
         store=dict(body=A8_TXT, name=TCN, addr=TC_FORM, to=ME_P))
