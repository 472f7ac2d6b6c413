from gen_lib import *
from gen_p1 import M
from gen_p4 import CA, SUBJ_A
from gen_p7 import CD, SUBJ_D, CON, FOOT

dt = d(2025, 5, 15, 3, 12)
txt = """Hello,

Good news: our benefits team has restored your 50%% exam discount voucher. It
is visible under Benefits in your AWS Certification Account now, with its
original expiry date.

I am resolving this case. We value your feedback. Please share your
experience by rating this correspondence using the AWS Support Center link
below.

Best regards,
Daniel K.
Amazon Web Services
%s""" % FOOT
add("resolved", False, CD, [], "Console resolution; rating footer ('Please share your experience') and 'contact us again' boilerplate are not requests.",
    mail(CON, ME_PERSONAL, "RE:[CASE %s] %s" % (CD, SUBJ_D), dt, ses_mid("063"), text(txt),
         pre=auth_google("amazon.com", "01000196d2@amazonses.com")))

dt = d(2025, 5, 15, 16, 0)
h = """<html><body><h2>AWS Certification wants to hear from you</h2>
<p>Hi Kenta,</p>
<p>We're looking for certified individuals to share their views on how our exams measure real-world skills.
The survey takes about 10 minutes and is open until June 15.</p>
<p><a href="https://certmetrics.com/amazon/survey/2025-skills">Take the survey</a></p>
<p>Thank you for being part of the AWS Certified community.<br>AWS Certification</p></body></html>"""
add("certification", False, None, [], "CertMetrics program survey ('wants to hear from you'): feedback request, but about the program, not a support case.",
    mail(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_PERSONAL, "AWS Certification wants to hear from you", dt,
         "<%s.JavaMail.certmetrics@prod-mail-01>" % hx("064", 20), html(h), crlf=False,
         pre=auth_google("certmetrics.com", "bounces@em.certmetrics.com", ip="167.89.12.4")))

# owner reopens case A
dt = d(2025, 5, 20, 8, 50, JST)
M["A_reo"] = gmail_mid("065")
txt = """Hi Priya,

Sorry to come back to this. Checking exam history on the merged account, my
first exam (AWS Certified Cloud Practitioner CLF-C01, October 2019) is
missing. The certification itself is there, only the 2019 exam record is gone.
Could you take a look?

Thanks,
Kenta

On Tue, Apr 29, 2025 at 12:06 PM AWS Training and Certification <%s> wrote:
> Hi Kenta,
>
> I have successfully merged all accounts. Your exam history, certifications and
> benefits, including the 50%% exam voucher, are now under Account #1
> (AWS11620385, kenta.morioka.dev@gmail.com). Account #2 can no longer be used.
""" % TC
add("user_reply", False, CA, [], "Owner reopens the resolved case by replying to the completion mail; the candidate ID appears only in the quote.",
    mail(ad(ME_NAME, ME_PERSONAL), ad("AWS Training and Certification", TC), "Re: " + SUBJ_A, dt, M["A_reo"],
         text(txt), irt=M["A_done"], refs=[M["A_ack"], M["A_rep3"], M["A_done"]], crlf=False))

dt = d(2025, 5, 21, 0, 40)
M["A_reo2"] = ses_mid("066")
txt = """Hello Kenta,

I've reopened your case and passed it to our certification records team,
since exam records from before 2020 are kept in a separate system. They will
look for the CLF-C01 attempt and get back to you on this thread.

If you happen to have the old score report, feel free to attach it, but it is
not needed for them to start.

Kind regards,
Tomás
AWS Training and Certification
"""
add("case_update", False, CA, [], "Reopened and passed to another team; optional attachment offer ('feel free to attach ... not needed').",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA,
         dt, M["A_reo2"], text(txt), irt=M["A_reo"], refs=[M["A_ack"], M["A_done"], M["A_reo"]],
         pre=auth_google("amazon.com", "01000196f1@amazonses.com")))

# confirmation request (Japanese) for third account
dt = d(2025, 5, 26, 1, 12)
M["A_conf3"] = ses_mid("067")
jt = """森岡様

AWS トレーニングと認定の Yuki と申します。
記録チームの調査結果をご報告いたします。

2019 年 10 月の CLF-C01 の受験記録は、以前のケース（9081726354、2020 年）の
対応時に作成された、もう一つの認定アカウントに登録されておりました。

  候補 ID：AWS02287719
  ログインメール：k.morioka@mail.kanto-kogyo-u.ac.jp

このアカウントがご本人様のものであること、また Account #1（AWS11620385）へ
統合してよろしいかどうか、ご確認いただけますでしょうか。
ご承諾をいただき次第、統合作業を進めさせていただきます。

何卒よろしくお願い申し上げます。

Yuki
AWS Training and Certification
"""
add("confirmation_request", True, CA, ["AWS02287719", "AWS11620385"],
    "Japanese keigo confirmation for a third account found on the reopened case; cites an older 10-digit case number inside the text (case label stays the current case).",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_A, dt, M["A_conf3"],
         multi("alternative", [text(jt), html("<html><body><div>" + jt.replace("\n", "<br>\n") + "</div></body></html>")]),
         irt=M["A_reo2"], refs=[M["A_ack"], M["A_reo"], M["A_reo2"]],
         pre=auth_google("amazon.com", "0100019709@amazonses.com")))

dt = d(2025, 5, 26, 19, 30, JST)
M["A_rep4"] = gmail_mid("068")
txt = """Yuki 様

ご調査ありがとうございます。
AWS02287719 は学生時代のアドレスで作成した私のアカウントです。
Account #1 への統合をお願いいたします。

森岡

2025年5月26日(月) 10:12 AWS Training and Certification <%s>:

%s
""" % (TC, quote(jt))
add("user_reply", False, CA, ["AWS02287719"], "Owner's Japanese reply (Gmail JP quote header) confirming the third account.",
    mail(ad(ME_NAME_JA, ME_PERSONAL), ad("AWS Training and Certification", TC), "Re: " + SUBJ_A, dt, M["A_rep4"],
         text(txt, cte="base64"), irt=M["A_conf3"], refs=[M["A_ack"], M["A_reo2"], M["A_conf3"]], crlf=False))

dt = d(2025, 5, 28, 5, 47)
txt = """森岡様

お待たせいたしました。AWS02287719 のアカウントを Account #1 へ統合いたしました。
2019 年の CLF-C01 の受験記録も、現在は試験履歴に表示されております。

本件はこれにて解決とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

Yuki
AWS Training and Certification

> ご承諾をいただき次第、統合作業を進めさせていただきます。
> このアカウントがご本人様のものであること、また Account #1（AWS11620385）へ
> 統合してよろしいかどうか、ご確認いただけますでしょうか。
"""
add("resolved", False, CA, ["AWS02287719"],
    "Japanese completion with a conditional 〜がございましたら line and the earlier confirmation ask quoted with '>'.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_A, dt, ses_mid("069"), text(txt),
         irt=M["A_rep4"], refs=[M["A_ack"], M["A_conf3"], M["A_rep4"]],
         pre=auth_google("amazon.com", "0100019712@amazonses.com")))

dt = d(2025, 6, 1, 12, 0)
txt = """Merged #12 into main.

  Update aws-cert-notes: merge checklist

--
Reply to this email directly, view it on GitHub:
https://github.com/kmorioka-dev/notes/pull/12#event-17730010041
You are receiving this because you authored the thread.
"""
add("unrelated", False, None, [], "GitHub PR merged in the owner's own repo ('merge checklist').",
    mail(ad("Aoi Fujita", "notifications@github.com"), ad("kmorioka-dev/notes", "notes@noreply.github.com"),
         "Re: [kmorioka-dev/notes] Update aws-cert-notes: merge checklist (PR #12)", dt,
         "<kmorioka-dev/notes/pull/12/issue_event/17730010041@github.com>", text(txt, cte="7bit"),
         cc=ad("Subscribed", "subscribed@noreply.github.com"), irt="<kmorioka-dev/notes/pull/12@github.com>",
         refs="<kmorioka-dev/notes/pull/12@github.com>", crlf=False,
         pre=auth_google("github.com", "noreply@github.com", ip="192.30.252.201")))
