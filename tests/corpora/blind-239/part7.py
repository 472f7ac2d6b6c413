"""Messages 073-083: last answers, voucher restored, certification and Credly tail, phishing."""
from common import *
from part5 import SC
from part6 import B071, SD, console

B073 = """Hello Ji-woo,

I downloaded it again this morning: the certificate now says Mirei Kanzaki.
Thank you!

Mirei"""


def certmetrics(key, d, subject, txt, dkim="pass", spf="pass", dmarc="pass", recv=None):
    return mail(d.astimezone(UTC), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, subject,
                plain(txt, cte="7bit"), mid_gen(key, recv or "certmetrics.com"),
                trace=[("Received", recv_kumo(d, recv or "mail.certmetrics.com", "52.12.88.19" if not recv
                                              else "45.137.21.9")),
                       ("Authentication-Results", ar_kumo("certmetrics.com", recv or "bounce.certmetrics.com",
                                                          "certmetrics.com", dkim=dkim, spf=spf, dmarc=dmarc,
                                                          policy="NONE" if dmarc == "pass" else "QUARANTINE"))])


def messages():
    out = []

    # 073 owner reports the check
    d = t(2025, 4, 24, 9, 30)
    q = "\n\nOn Wed, Apr 23, 2025 at 10:15, Amazon Web Services <%s> wrote:\n%s" % (TC, quote(B071))
    eml = mail(d, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_C, SC), plain(B073 + q),
               mid_kumo("073"), irt=mid_ses("071"), refs=[mid_kumo("070"), mid_ses("071")],
               extra=[("User-Agent", "KumoMail Mobile 3.8")])
    out.append(rec(d, eml, "user_reply", False, CASE_C, [], "Owner: the name is right now",
                   "arrives 30 minutes after the console closing notice"))

    # 074 case C resolved again
    d = t(2025, 4, 24, 14, 0).astimezone(PDT)
    txt = """Great to hear, Mirei!

I'll mark this case as resolved again. If you spot anything else within the
next 14 days, a reply here will reopen it.

Have a good week,
Ji-woo P.
AWS Training and Certification Customer Service"""
    q = "\n\n> " + B073.replace("\n", "\n> ")
    eml = mail(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_C, SC), plain(txt + q), mid_ses("074"),
               irt=mid_kumo("073"), refs=[mid_ses("071"), mid_kumo("073")], trace=ses_inbound(d))
    out.append(rec(d, eml, "resolved", False, CASE_C, [], "Reopened name case resolved again",
                   "very short; 'a reply here will reopen it' is an option, not a request"))

    # 075 console case resolved, rating footer
    d = t(2025, 4, 25, 11, 0).astimezone(PDT)
    txt = """Hello,

Thank you for the details you provided in the Support Center.

I've restored the 50% exam discount benefit earned with your AWS Certified
Developer - Associate exam. It now appears on the Benefits page of your
certification account (AWS11904263) and is valid until February 7, 2026.

Your feedback helps us improve: you can rate this reply with the stars next to
it in the Support Center.

Best regards,
Marcus L.
Amazon Web Services"""
    eml = console(d, "075", "RE:[CASE %s] %s" % (CASE_D, SD), txt, CASE_D, irt=mid_ses("072"))
    out.append(rec(d, eml, "resolved", False, CASE_D, ["AWS11904263"],
                   "Console case: voucher restored",
                   "console footer still says 'to respond, follow the link'; rating invitation"))

    # 076 CertMetrics benefit notice
    d = t(2025, 4, 25, 11, 5)
    txt = """Hello Mirei,

A new benefit is available in your AWS Certification Account.

Benefit: 50% discount on your next AWS Certification exam
Candidate ID: AWS11904263
Valid until: 2026-02-07

Apply it when you schedule your next exam.

AWS Certification"""
    out.append(rec(d, certmetrics("076", d, "A new benefit is available in your AWS Certification Account", txt),
                   "certification", False, None, ["AWS11904263"],
                   "CertMetrics: 50% voucher benefit available", "same minute as the voucher resolution"))

    # 077 Credly lookalike
    d = t(2025, 4, 26, 6, 40)
    htm = """<html><body style="font-family:Helvetica">
<p><b>Credly</b></p>
<p>Hi Mirei,</p>
<p>Because of a recent account merge, ownership of your badge <b>AWS Certified Security - Specialty</b>
must be re-verified. Badges that are not verified within <b>48 hours</b> will be revoked by the issuer.</p>
<p><a href="https://credly-badges.net/verify?u=mirei.kanzaki">Verify ownership</a></p>
<p style="font-size:11px;color:#888">Credly Trust &amp; Safety</p></body></html>"""
    eml = mail(d.astimezone(UTC), addr("Credly", "admin@credly-badges.net"), ME_P,
               "Action needed: your AWS badge will be revoked in 48 hours", html(htm),
               mid_gen("077", "credly-badges.net"),
               trace=[("Received", recv_kumo(d, "mail.credly-badges.net", "193.169.44.12")),
                      ("Authentication-Results", ar_kumo("credly-badges.net", "credly-badges.net",
                                                         "credly-badges.net", policy="NONE"))])
    out.append(rec(d, eml, "suspicious", False, None, [],
                   "Lookalike Credly domain threatens badge revocation after the merge",
                   "knows about the merge and the badge; passes auth for its own lookalike domain"))

    # 078 Credly summary
    d = t(2025, 4, 28, 18, 0)
    txt = """Hi Mirei,

You now hold 4 badges from Amazon Web Services Training and Certification.
Share them on your profile to let others see your skills.

View your badges: https://www.credly.com/earner/earned

Credly"""
    eml = mail(d.astimezone(UTC), addr("Credly", "admin@credly.com"), ME_P, "You now hold 4 badges - share them",
               plain(txt, cte="7bit"), mid_gen("078", "mail.credly.com"),
               trace=[("Received", recv_kumo(d, "o7.mail.credly.com", "167.89.101.14")),
                      ("Authentication-Results", ar_kumo("credly.com", "mail.credly.com", "credly.com", policy="NONE"))])
    out.append(rec(d, eml, "badge", False, None, [], "Credly: share your four badges", "plain Credly nudge"))

    # 079 owner's note to self
    d = t(2025, 5, 1, 23, 5)
    body = """メモ: AWS認定アカウント統合の記録

統合前
  AWS07731482  会社アドレス(ソラノワークス)
  AWS09158027  Partner Central 経由で作成
統合後
  AWS11904263  個人アドレス(これだけ残す)

ケース: %s(統合・バッジ)、%s(氏名)、%s(バウチャー、コンソール)
次回: 転職先のアドレスで Partner 連携するときは新規アカウントを作らないこと。""" % (CASE_A, CASE_C, CASE_D)
    eml = mail(d, addr("神崎 美玲", ME_P), ME_P, "メモ: 認定アカウント統合の記録", plain(body, cte="base64"),
               mid_kumo("079"), extra=[("User-Agent", "KumoMail Web 5.2")])
    out.append(rec(d, eml, "user_reply", False, None, ["AWS07731482", "AWS09158027", "AWS11904263"],
                   "Owner's note to self listing the three candidate IDs and three cases",
                   "owner-written, names three case numbers, belongs to none"))

    # 080 new employer HR asks for certificates
    d = t(2025, 5, 2, 10, 0)
    body = """神崎さん

人事部の大野です。入社手続きにご協力いただきありがとうございます。

資格手当の申請のため、お持ちの AWS 認定の一覧と認定証の PDF を
5月9日(金)までにこのメールへの返信でお送りください。

よろしくお願いします。
Tidewater Analytics 人事部 大野"""
    eml = mail(d, addr("大野 聡子", "hr@tidewater-analytics.jp"), ME_P, "【ご依頼】資格手当申請の書類について",
               plain(body, "iso-2022-jp", "7bit"), mid_gen("080", "tidewater-analytics.jp"), subj_cs="iso-2022-jp",
               trace=[("Received", recv_kumo(d, "mail.tidewater-analytics.jp", "203.0.113.90")),
                      ("Authentication-Results", ar_kumo("tidewater-analytics.jp", "tidewater-analytics.jp",
                                                         "tidewater-analytics.jp", policy="NONE"))])
    out.append(rec(d, eml, "unrelated", False, None, [],
                   "New employer's HR asks for the certification list by reply",
                   "about AWS certification and asks for a reply, but not support"))

    # 081 recertification congratulations
    d = t(2025, 5, 6, 8, 10)
    txt = """Hello Mirei,

Congratulations on recertifying your AWS Certification!

Certification: AWS Certified Solutions Architect - Associate
New expiration date: May 3, 2028
Candidate ID: AWS11904263

Your updated digital badge will be issued through Credly, and your certificate
is available in your AWS Certification Account.

AWS Certification"""
    out.append(rec(d, certmetrics("081", d, "Congratulations on recertifying your AWS Certification!", txt),
                   "certification", False, None, ["AWS11904263"],
                   "CertMetrics: SAA recertified", "mentions Credly; closes the loop on message 002"))

    # 082 spoofed CertMetrics, DMARC fail
    d = t(2025, 5, 7, 3, 12)
    txt = """Hello Mirei,

Your recent exam result for candidate ID AWS11904263 is on hold pending
identity verification.

Upload a photo of your passport within 72 hours to release the result:
https://certmetrics-idcheck.com/upload?cid=AWS11904263

AWS Certification"""
    out.append(rec(d, certmetrics("082", d, "Your exam result is on hold", txt, dkim="none", spf="fail",
                                  dmarc="fail", recv="mail.idcheck-relay.com"),
                   "suspicious", False, None, ["AWS11904263"],
                   "Spoofed CertMetrics sender (DMARC fail) asks for a passport photo",
                   "genuine From address and the real candidate ID; link to another domain"))

    # 083 training transcript notice
    d = t(2025, 5, 8, 19, 30)
    txt = """Hello Mirei,

Your transcript has been updated.

Completed: Exam Prep Standard Course: AWS Certified Machine Learning Engineer -
Associate (MLA-C01)
Completion date: May 8, 2025

View your transcript: https://skillbuilder.aws/learner/transcript

AWS Training and Certification"""
    eml = mail(d.astimezone(UTC), addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
               "Your transcript has been updated", plain(txt, cte="7bit"), mid_ses("083"),
               trace=ses_inbound(d, from_dom="aws.training"))
    out.append(rec(d, eml, "unrelated", False, None, [],
                   "Training platform: course added to the transcript",
                   "'transcript' and the T&C name, but a training notice"))
    return out
