"""Messages 025-036: follow-ups after the merge (missing exam/badges), reopen, third account."""
import struct
import zlib

from common import *
from part2 import B019

S = lambda c: "RE:[CASE %s] %s" % (c, SUBJ_TC)

B026 = """Hello Daniel,

Thank you for the merge. I signed in to Account #1 today and two things look
off:

- The exam history has no entry for AWS Certified Solutions Architect -
  Professional, which I passed in November 2023.
- Credly shows only the SAA and DVA badges. The SAP and Security - Specialty
  badges are missing.

Could you reopen the case and take a look? My candidate ID is AWS11904263.

Thanks,
Mirei"""

B028 = """Hi Mirei,

I'm Aoife and I'll be looking after your case from here.

I checked the merged account. The SAA and DVA results came across from the old
account as expected. I don't see the Solutions Architect - Professional exam on
either of the two accounts that were merged, which usually means it was taken
under a different candidate record. Credly badges go to whichever Credly
profile the record was linked to when the badge was issued.

To work out where the missing records went, please reply with:
1. the e-mail address(es) your Credly profile uses (Credly > Settings > Email
   addresses), and
2. a screenshot of the Exam history page, or the exam date and delivery method
   (test centre or online) of the SAP exam.

Thanks,
Aoife M.
AWS Training and Certification Customer Service"""

B030 = """Hi Aoife,

1. My Credly profile uses m.kanzaki@sorano-works.co.jp only. I never added my
   personal address there.
2. Screenshot of the exam history attached. The SAP exam was on 2023-11-18,
   online proctored.

I also remember signing in once through AWS Partner Central around that time,
in case that matters.

Mirei"""


def tiny_png():
    raw = b"\x00\xff\xff\xff"
    chunk = lambda typ, data: (struct.pack(">I", len(data)) + typ + data
                               + struct.pack(">I", zlib.crc32(typ + data) & 0xffffffff))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def messages():
    out = []

    # 025 billing statement from the console sender
    d = t(2025, 3, 25, 15, 0)
    txt = """Greetings from Amazon Web Services,

Your billing statement for the period March 1 - March 31, 2025 is now
available in the AWS Billing and Cost Management console.

AWS account: 583920174466
Amount due: USD 3.42

To view it, sign in to the console:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210. This e-mail was sent from an address
that cannot accept incoming e-mails."""
    eml = mail(d.astimezone(UTC), addr("Amazon Web Services", NOREPLY), ME_P,
               "Amazon Web Services Billing Statement Available [AWS ID 583920174466]",
               plain(txt, cte="7bit"), mid_ses("025"), trace=ses_inbound(d))
    out.append(rec(d, eml, "unrelated", False, None, [],
                   "AWS billing statement from no-reply-aws@amazon.com",
                   "same sender as console cases; 12-digit account ID is not a case"))

    # 026 owner: exam and badges missing, please reopen
    d = t(2025, 3, 26, 22, 40)
    q = "\n\nOn Thu, Mar 20, 2025 at 16:05, Amazon Web Services <%s> wrote:\n%s" % (TC, quote(B019))
    eml = mail(d, addr(ME_NAME, ME_P), TC, "Re: " + S(CASE_A), plain(B026 + q), mid_kumo("026"),
               irt=mid_ses("019"), refs=[mid_ses("017"), mid_kumo("018"), mid_ses("019")],
               extra=[("User-Agent", "KumoMail Web 5.2")])
    out.append(rec(d, eml, "user_reply", False, CASE_A, ["AWS11904263"],
                   "Owner reports a missing exam and two missing badges, asks to reopen",
                   "owner's own question marks must not count as support asking"))

    # 027 automatic acknowledgement of the reply
    d = t(2025, 3, 26, 22, 41).astimezone(PDT)
    txt = """Hello,

We've received your reply on case %s. Because the case had been resolved, it
has been reopened and returned to our queue. A member of our team will get
back to you, usually within one business day.

There's no need to open a new case; this thread is all we need.

AWS Training and Certification""" % CASE_A
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(txt, cte="7bit"), mid_ses("027"),
               irt=mid_kumo("026"), refs=[mid_ses("019"), mid_kumo("026")], trace=ses_inbound(d),
               extra=[("Auto-Submitted", "auto-generated")])
    out.append(rec(d, eml, "acknowledgement", False, CASE_A, [],
                   "Automatic notice: reply received, case reopened",
                   "reopen notice; 'no need to open a new case' is advice, not a request"))

    # 028 info request: Credly address + screenshot
    d = t(2025, 3, 27, 13, 10).astimezone(GMT1)
    q = "\n\n-----Original Message-----\nFrom: %s\nSent: 2025-03-26 13:40 UTC\n\n%s" % (ME_P, B026)
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(B028 + q), mid_ses("028"), irt=mid_kumo("026"),
               refs=[mid_ses("019"), mid_kumo("026"), mid_ses("027")], trace=ses_inbound(d), crlf=True)
    out.append(rec(d, eml, "info_request", True, CASE_A, [],
                   "New agent asks for the Credly e-mail and an exam-history screenshot",
                   "request comes after a long explanation; quoted owner text holds a candidate ID"))

    # 029 Credly digest to the company address
    d = t(2025, 3, 27, 13, 30)
    txt = """Hi Mirei,

Your badge AWS Certified Security - Specialty was viewed 14 times last month.
Keep your profile up to date so people can see what you've earned.

View your profile: https://www.credly.com/users/mirei-kanzaki.8c1f2e

You are receiving this monthly summary because you have a Credly account.
Unsubscribe: https://www.credly.com/earner/settings/notifications"""
    eml = mail(d.astimezone(UTC), addr("Credly", "admin@credly.com"), ME_C,
               "Your badges were viewed 14 times in March", plain(txt, cte="7bit"),
               mid_gen("029", "mail.credly.com"),
               trace=[("Authentication-Results", ar_sorano("mail.credly.com", "credly.com"))])
    out.append(rec(d, eml, "badge", False, None, [],
                   "Credly monthly summary to the company address: the 'missing' badge lives there",
                   "badge mail arriving during the investigation, to the old address"))

    # 030 owner answers with an attachment
    d = t(2025, 3, 28, 8, 50)
    q = "\n\nOn Thu, Mar 27, 2025 at 13:10, Amazon Web Services <%s> wrote:\n%s" % (TC, quote(B028))
    body = mixed("030", plain(B030 + q),
                 Part("image/png", None, cte="base64", filename="exam-history.png", raw=tiny_png()))
    eml = mail(d, addr(ME_NAME, ME_P), TC, "Re: " + S(CASE_A), body, mid_kumo("030"),
               irt=mid_ses("028"), refs=[mid_kumo("026"), mid_ses("028")],
               extra=[("User-Agent", "KumoMail Web 5.2")])
    out.append(rec(d, eml, "user_reply", False, CASE_A, [],
                   "Owner answers both questions, screenshot attached", "multipart/mixed with a PNG"))

    # 031 passed to another team
    d = t(2025, 3, 28, 17, 5).astimezone(GMT1)
    txt = """Hi Mirei,

Thank you, that helps a lot.

I've passed your case to our Certification Operations team, who handle
transcript corrections and searches across candidate records. They usually
need three to five business days. I'll update you as soon as I hear from them;
nothing is needed from you in the meantime.

Thanks,
Aoife M.
AWS Training and Certification Customer Service"""
    eml = mail(d, TC_FROM, ME_P, S(CASE_A), plain(txt), mid_ses("031"), irt=mid_kumo("030"),
               refs=[mid_ses("028"), mid_kumo("030")], trace=ses_inbound(d))
    out.append(rec(d, eml, "case_update", False, CASE_A, [], "Passed to Certification Operations",
                   "progress only; 'nothing is needed from you'"))

    # 032 owner's farewell mail (not about AWS)
    d = t(2025, 3, 31, 9, 0)
    body = """各位

本日3月31日をもちまして退職いたします。在職中は大変お世話になりました。
このアドレスは本日で利用できなくなります。
今後のご連絡は mirei.kanzaki@kumomail.jp までお願いいたします。

神崎 美玲"""
    eml = mail(d, addr("神崎 美玲", ME_C, "iso-2022-jp"), "all-staff@sorano-works.co.jp", "退職のご挨拶",
               plain(body, "iso-2022-jp", "7bit"), mid_outlook("032"), subj_cs="iso-2022-jp", crlf=True)
    out.append(rec(d, eml, "user_reply", False, None, [],
                   "Owner's farewell mail to all staff (company address)",
                   "written by the owner but not on any case"))

    # 033 colleague auto-reply
    d = t(2025, 3, 31, 9, 1)
    body = """自動応答メッセージです。

3月31日(月)から4月4日(金)まで休暇をいただいております。
4月7日(月)以降、順次返信いたします。急ぎの件は cloud-int@sorano-works.co.jp へご連絡ください。

中村 玲奈"""
    eml = mail(d, addr("中村 玲奈", "r.nakamura@sorano-works.co.jp"), ME_C, "自動応答: 退職のご挨拶",
               plain(body), mid_outlook("033"), irt=mid_outlook("032"), refs=[mid_outlook("032")],
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    out.append(rec(d, eml, "unrelated", False, None, [], "Colleague's out-of-office reply",
                   "auto-reply to the owner's own mail"))

    # 034 Skill Builder receipt
    d = t(2025, 4, 1, 10, 30)
    txt = """Thanks for your order.

Order number: SB-JP-20250401-77120
Item: AWS Skill Builder Individual subscription (monthly)
Amount: JPY 4,350 (tax included)
Billed to: Visa ending 4471

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Skill Builder"""
    eml = mail(d.astimezone(UTC), addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
               "Your AWS Skill Builder receipt", plain(txt, cte="7bit"), mid_ses("034"),
               trace=ses_inbound(d, from_dom="skillbuilder.aws"))
    out.append(rec(d, eml, "unrelated", False, None, [], "Skill Builder subscription receipt",
                   "AWS training sender, not a case"))

    # 035 acknowledgement of the third-account form (Japanese, ISO-2022-JP)
    d = t(2025, 4, 1, 21, 15).astimezone(UTC)
    body = """神崎 美玲 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

お問い合わせ内容:
　お問い合わせタイプ: 認定
　その他の詳細: アカウントの統合
　AWS 候補 ID: AWS09158027
　内容: ケース %s で統合済みのアカウント AWS11904263 とは別に、
　Partner Central 経由で作成されたと思われるアカウント AWS09158027 が
　見つかりました。こちらも AWS11904263 への統合をお願いします。

担当者より通常 24 時間以内にご連絡いたします。内容によってはお時間を
いただく場合がございます。同じ内容で別のケースを作成されますと対応が
遅れることがありますので、追加のご連絡はこのメールへの返信でお願いいたします。

AWS トレーニングと認定 カスタマーサービス""" % (CASE_B, CASE_A)
    eml = mail(d, TC_FROM, ME_P, "[CASE %s] %s" % (CASE_B, SUBJ_TC), plain(body, "iso-2022-jp", "7bit"),
               mid_ses("035"), trace=ses_inbound(d))
    out.append(rec(d, eml, "acknowledgement", False, CASE_B, ["AWS09158027", "AWS11904263"],
                   "Japanese acknowledgement of a new form about a third account",
                   "second case for work already on case A; quotes case A's number in the body"))

    # 036 CertMetrics program survey
    d = t(2025, 4, 2, 12, 20)
    htm = """<html><body style="font-family:Arial">
<p>Hello Mirei,</p>
<p>AWS Certification wants to hear from you. We're inviting a small group of certified
professionals to share how they use their certification at work and what we could do better.</p>
<p>The survey takes about 10 minutes and closes on April 16.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025q2">Take the survey</a></p>
<p style="color:#777;font-size:11px">You received this because you hold an active AWS Certification.
This mailbox is not monitored.</p></body></html>"""
    eml = mail(d.astimezone(UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
               "AWS Certification wants to hear from you", html(htm), mid_gen("036", "certmetrics.com"),
               trace=[("Received", recv_kumo(d, "mail.certmetrics.com", "52.12.88.19")),
                      ("Authentication-Results", ar_kumo("certmetrics.com", "bounce.certmetrics.com",
                                                         "certmetrics.com", policy="NONE"))])
    out.append(rec(d, eml, "certification", False, None, [],
                   "Certification programme survey invitation",
                   "a survey, but about the programme, not a support case"))
    return out
