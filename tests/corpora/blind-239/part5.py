"""Messages 049-060: badge on an old Credly profile, name-correction case (Japanese)."""
from common import *

S = lambda c: "RE:[CASE %s] %s" % (c, SUBJ_TC)
SC = "AWS Training and Certification - Name correction request"

B049 = """Hi Mirei,

Thanks for checking so quickly.

About the Security - Specialty badge: Credly's records show it was accepted in
June 2024 by the Credly profile that uses m.kanzaki@sorano-works.co.jp. An
accepted badge can't simply be issued a second time; Credly has to move it
between profiles, and they only do that once we tell them who controls the
old profile. Do you still have access to that Credly profile? If you can still
sign in there, the quickest route is to add your personal address to it
yourself.

About the name: corrections to the name on a certification record need an
identity check, which a separate team handles. I've opened case 14928305172
for that on your behalf. A colleague from that team will contact you there, so
there's no need to send anything about the name on this case.

Thanks,
Aoife M.
AWS Training and Certification Customer Service"""

B051 = """Hi Aoife,

No, unfortunately not. The sorano-works mailbox was shut down on March 31, and
Credly sends its password reset link there. I don't remember the password
either.

Mirei"""

J052 = """神崎 美玲 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの高橋でございます。
ケース 14928305172 を担当させていただきます。

担当の Aoife より、認定アカウント(AWS 候補 ID: AWS11904263)にご登録のお名前の
表記修正のご依頼を引き継ぎました。

現在、アカウントには「Mirei Kanazaki」と登録されております。認定証および Credly
バッジに表示されるお名前は、受験時にご提示いただく公的身分証明書の表記と一致して
いる必要があるため、変更の際には表記を確認させていただいております。

つきましては、公的身分証明書(パスポート等)に記載されているとおりのローマ字表記の
お名前(名・姓)を、本メールへのご返信にてお知らせいただけますでしょうか。
なお、本人確認のため、ご返信はアカウントにご登録のメールアドレス
(mirei.kanzaki@kumomail.jp)からお送りくださいますようお願いいたします。
身分証明書の画像を添付していただく必要はございません。

何卒よろしくお願いいたします。

高橋 紗也香
AWS トレーニングと認定 カスタマーサービス"""

J056 = """神崎 美玲 様

AWS トレーニングと認定 カスタマーサービスの高橋でございます。

4月10日にお送りした、お名前の表記確認のご依頼につきまして、まだご返信を確認
できておりません。

本日から 3 営業日以内にご返信がない場合、誠に恐れ入りますが、本ケースはいったん
クローズとさせていただきます。ご返信をいただければ引き続き対応いたします
(クローズ後にご返信いただいた場合も、ケースは再開されます)。

ご確認のほど、よろしくお願いいたします。

高橋 紗也香
AWS トレーニングと認定 カスタマーサービス"""

J057 = """高橋様

ご連絡が遅くなり申し訳ありません。
パスポートに記載のローマ字表記は以下のとおりです。

　名: MIREI
　姓: KANZAKI

認定証では「Mirei Kanzaki」と表記していただけると助かります。

よろしくお願いいたします。
神崎 美玲"""

J058 = """神崎 美玲 様

ご返信いただきありがとうございます。
認定アカウント(AWS11904263)のお名前を「Mirei Kanzaki」に更新いたしました。

認定証は 24 時間以内に新しいお名前で再発行され、Credly バッジの表示も数日以内に
更新されます。本件についてお客様に追加でご対応いただくことはございません。

その他ご不明な点がございましたら、本メールにご返信ください。

高橋 紗也香
AWS トレーニングと認定 カスタマーサービス"""


def messages():
    out = []

    # 049 info request: access to old Credly profile? (+ new case opened)
    d = t(2025, 4, 9, 14, 0).astimezone(GMT1)
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(B049), mid_ses("049"), irt=mid_kumo("048"),
               refs=[mid_ses("044"), mid_kumo("048")], trace=ses_inbound(d))
    out.append(rec(d, eml, "info_request", True, CASE_A, [],
                   "Asks whether the owner can still sign in to the old Credly profile; opens a name case",
                   "question in the middle of a long paragraph; mentions a second case number; "
                   "'no need to send anything about the name' is a non-request"))

    # 050 acknowledgement of the agent-opened name case
    d = t(2025, 4, 9, 14, 2).astimezone(PDT)
    txt = """Hello Mirei Kanzaki,

A case has been opened on your behalf by our team.

  Case ID: %s
  Subject: Name correction on certification record
  Candidate ID: AWS11904263
  Opened by: Aoife M. (related case %s)

A member of the responsible team will contact you within two business days.

This is an automated notification from AWS Training and Certification.""" % (CASE_C, CASE_A)
    htm = ("<html><body><p>Hello Mirei Kanzaki,</p><p>A case has been opened on your behalf by our team.</p>"
           "<table><tr><td>Case ID</td><td>%s</td></tr><tr><td>Subject</td><td>Name correction on certification "
           "record</td></tr><tr><td>Candidate ID</td><td>AWS11904263</td></tr><tr><td>Opened by</td><td>Aoife M. "
           "(related case %s)</td></tr></table><p>A member of the responsible team will contact you within two "
           "business days.</p><p><i>This is an automated notification from AWS Training and Certification.</i></p>"
           "</body></html>") % (CASE_C, CASE_A)
    eml = mail(d, TC_FROM, ME_P, "[CASE %s] %s" % (CASE_C, SC), alt("050", plain(txt), html(htm)),
               mid_ses("050"), trace=ses_inbound(d))
    out.append(rec(d, eml, "acknowledgement", False, CASE_C, ["AWS11904263"],
                   "Case C opened by an agent on the owner's behalf (11-digit number)",
                   "acknowledgement of a case the owner did not file; different subject template"))

    # 051 owner: no access to the old Credly profile
    d = t(2025, 4, 10, 8, 40)
    q = "\n\nOn Wed, Apr 9, 2025 at 14:00, Amazon Web Services <%s> wrote:\n%s" % (TC, quote(B049))
    eml = mail(d, addr(ME_NAME, ME_P), TC, "Re: " + S(CASE_A), plain(B051 + q), mid_kumo("051"),
               irt=mid_ses("049"), refs=[mid_kumo("048"), mid_ses("049")],
               extra=[("User-Agent", "KumoMail Mobile 3.8")])
    out.append(rec(d, eml, "user_reply", False, CASE_A, [],
                   "Owner: no access to the old Credly profile", "short answer over a long quote"))

    # 052 Japanese info request (Shift_JIS, base64)
    d = t(2025, 4, 10, 11, 0)
    eml = mail(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_C, SC), plain(J052, "shift_jis", "base64"),
               mid_ses("052"), irt=mid_ses("050"), refs=[mid_ses("050")], trace=ses_inbound(d))
    out.append(rec(d, eml, "info_request", True, CASE_C, ["AWS11904263"],
                   "Japanese agent asks for the passport spelling, from the registered address",
                   "keigo request (いただけますでしょうか) after two paragraphs; Shift_JIS base64"))

    # 053 on hold waiting for Credly
    d = t(2025, 4, 11, 16, 30).astimezone(GMT1)
    txt = """Hi Mirei,

Thanks, that's understandable.

I've sent Credly a transfer request together with the records from our side.
We can't move the badge ourselves, so your case is on hold until Credly's
support team completes the transfer; this can take up to a week.

No action is needed from you. If Credly contacts you directly, it's fine to
answer them.

Aoife M.
AWS Training and Certification Customer Service"""
    q = "\n\n-----Original Message-----\nFrom: %s\nSent: 2025-04-09 23:40 UTC\n\n%s" % (ME_P, B051)
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(txt + q), mid_ses("053"), irt=mid_kumo("051"),
               refs=[mid_ses("049"), mid_kumo("051")], trace=ses_inbound(d))
    out.append(rec(d, eml, "on_hold", False, CASE_A, [],
                   "On hold until Credly transfers the badge",
                   "external party must act; conditional 'if Credly contacts you' is no request to support"))

    # 054 Pearson VUE booking
    d = t(2025, 4, 12, 14, 3)
    txt = """Dear Mirei Kanzaki,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03 AWS Certified Solutions Architect - Associate
Delivery: OnVUE online proctored
Date and time: Saturday, May 3, 2025, 10:00 AM JST
Registration ID: 512907364
AWS Candidate ID: AWS11904263

Check in 30 minutes before your appointment. To reschedule or cancel, sign in
to your AWS Certification Account at least 24 hours before the exam.

Pearson VUE"""
    eml = mail(d.astimezone(UTC), addr("Pearson VUE", "donotreply@pearsonvue.com"), ME_P,
               "Confirmation of your exam appointment", plain(txt, cte="7bit"), mid_gen("054", "pearsonvue.com"),
               trace=[("Received", recv_kumo(d, "mx-out2.pearsonvue.com", "159.182.40.22")),
                      ("Authentication-Results", ar_kumo("pearsonvue.com", "pearsonvue.com", "pearsonvue.com",
                                                         policy="NONE"))])
    out.append(rec(d, eml, "unrelated", False, None, ["AWS11904263"],
                   "Pearson VUE booking confirmation (recertification exam)",
                   "exam vendor; carries a candidate ID and a 9-digit registration ID"))

    # 055 other vendor closes a case for lack of reply
    d = t(2025, 4, 14, 10, 20)
    txt = """Hi Mirei,

We haven't heard back from you, so we've closed your case 00482917
("Webhook deliveries failing after plan change").

If you still need help, just reply to this email within 7 days and the case
will reopen automatically.

Best,
Lumenstack Support"""
    eml = mail(d.astimezone(UTC), addr("Lumenstack Support", "support@lumenstack.io"), ME_P,
               "[Lumenstack] Your case 00482917 has been closed", plain(txt, cte="7bit"),
               mid_gen("055", "lumenstack.io"),
               trace=[("Received", recv_kumo(d, "mail-sor-f41.lumenstack.io", "198.51.100.41")),
                      ("Authentication-Results", ar_kumo("lumenstack.io", "lumenstack.io", "lumenstack.io",
                                                         policy="NONE"))])
    out.append(rec(d, eml, "unrelated", False, None, [],
                   "Another vendor closes a case for lack of reply",
                   "reads exactly like a closing notice, but not AWS"))

    # 056 Japanese closing notice (ISO-2022-JP)
    d = t(2025, 4, 15, 10, 0)
    q = "\n\n-----Original Message-----\n" + J052
    eml = mail(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_C, SC), plain(J056 + q, "iso-2022-jp", "7bit"),
               mid_ses("056"), irt=mid_ses("052"), refs=[mid_ses("050"), mid_ses("052")],
               trace=ses_inbound(d), crlf=True)
    out.append(rec(d, eml, "closing_notice", True, CASE_C, [],
                   "Japanese notice: case closes in 3 business days without a reply",
                   "ISO-2022-JP, CRLF; quoted request below repeats the ask and a candidate ID"))

    # 057 owner answers in Japanese
    d = t(2025, 4, 15, 21, 40)
    q = "\n\n2025年4月15日(火) 10:00 Amazon Web Services <%s>:\n\n%s" % (TC, quote(J056))
    eml = mail(d, addr("神崎 美玲", ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_C, SC),
               plain(J057 + q, cte="base64"), mid_kumo("057"), irt=mid_ses("056"),
               refs=[mid_ses("052"), mid_ses("056")], extra=[("User-Agent", "KumoMail Web 5.2")])
    out.append(rec(d, eml, "user_reply", False, CASE_C, [],
                   "Owner gives the passport spelling (Japanese)", "Japanese quote header style"))

    # 058 Japanese resolution (Shift_JIS, 8bit)
    d = t(2025, 4, 16, 11, 30)
    eml = mail(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_C, SC), plain(J058, "shift_jis", "8bit"),
               mid_ses("058"), irt=mid_kumo("057"), refs=[mid_ses("056"), mid_kumo("057")],
               trace=ses_inbound(d))
    out.append(rec(d, eml, "resolved", False, CASE_C, ["AWS11904263"],
                   "Japanese: name updated, certificate will be re-issued",
                   "〜ございましたらご返信ください is conditional; Shift_JIS 8bit"))

    # 059 CertMetrics profile updated
    d = t(2025, 4, 16, 11, 45)
    txt = """Hello Mirei,

The name on your AWS Certification Account was changed.

New name: Mirei Kanzaki
Candidate ID: AWS11904263

If you did not request this change, contact AWS Training and Certification
customer support.

AWS Certification"""
    eml = mail(d.astimezone(UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
               "Your AWS Certification profile was updated", plain(txt, cte="7bit"), mid_gen("059", "certmetrics.com"),
               trace=[("Received", recv_kumo(d, "mail.certmetrics.com", "52.12.88.19")),
                      ("Authentication-Results", ar_kumo("certmetrics.com", "bounce.certmetrics.com",
                                                         "certmetrics.com", policy="NONE"))])
    out.append(rec(d, eml, "certification", False, None, ["AWS11904263"],
                   "CertMetrics: profile name changed", "arrives 15 minutes after the case resolution"))

    # 060 Japanese survey for case C
    d = t(2025, 4, 17, 9, 0)
    txt = """神崎 美玲 様

先日のお問い合わせ(ケース %s)への対応について、アンケートにご協力いただけますでしょうか。
所要時間は約 2 分です。

https://survey.aws-tc-feedback.amazon.com/ja/s/%s

いただいたご意見は、サービス向上のために活用させていただきます。

AWS トレーニングと認定""" % (CASE_C, hx("060", 10))
    htm = "<html><body><p>%s</p></body></html>" % txt.replace("\n\n", "</p><p>").replace("\n", "<br>")
    eml = mail(d.astimezone(UTC), addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), ME_P,
               "サポートに関するアンケートのお願い(ケース %s)" % CASE_C, alt("060", plain(txt), html(htm)),
               mid_ses("060"), trace=ses_inbound(d))
    out.append(rec(d, eml, "survey", False, CASE_C, [],
                   "Japanese satisfaction survey for case C", "keigo request form, but a survey"))
    return out
