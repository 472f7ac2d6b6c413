# Messages 70-80 (5 Nov - 12 Nov 2025)
from gen_lib import *


def messages():
    out = []

    # 70 billing console case: agent asks (not T&C)
    d = dt(2025, 11, 5, 10, 31, 2)
    txt = """Hello,

I'm Marcus from AWS Billing and Accounts, and I'll be helping with your case.

Public IPv4 addresses are charged hourly while they are allocated to your
account, whether or not they are attached to a resource. To check whether any
are still allocated, could you tell me which Regions you used in September, and
attach the output of `aws ec2 describe-addresses` for each of them?

Please reply through the Support Center so the information is added to your
case:
https://console.aws.amazon.com/support/home#/case/?displayId=176223675027741&language=en

Best regards,
Marcus K.
Amazon Web Services

This email address cannot accept incoming mail.
"""
    raw = message(d, CONSOLE, ME_P, "RE:[CASE %s] Unexpected charge for idle Elastic IP addresses" % CASE_F,
                  leaf("text/plain", txt), ses("9a4f1d3b27"), top=aws_in(d, ME_P, "9a4f1d3b27"))
    out.append(M(raw, "unrelated", False, None, [],
                 "Billing console case: agent asks questions via the Support Center",
                 "a genuine AWS support request in the console format, but about billing, not Training and Certification"))

    # 71 Builder ID code phishing
    d = dt(2025, 11, 5, 13, 45, 18)
    txt = """Hello,

A request was made to merge your AWS Certification account into another
account. If this was not you, reply to this email with the verification code
below within 12 hours and we will cancel the request.

Verification code: 771204

If you do not respond, the merge will go ahead and your certifications will be
moved.

AWS Builder ID Security
"""
    raw = message(d, addr("AWS Builder ID", "no-reply@signin-aws.co"), ME_P,
                  "Your AWS Builder ID verification code", leaf("text/plain", txt),
                  "<20251105044518.61802@signin-aws.co>",
                  top=in_posteo(d, "no-reply@signin-aws.co", "mx1.signin-aws.co", "194.26.29.114",
                                "signin-aws.co", "signin-aws.co", dkim="none", spf="neutral", dmarc="none", qid="4cWL7xR0Pm"))
    out.append(M(raw, "suspicious", False, None, [],
                 "Builder ID lookalike (signin-aws.co) asking to reply with a code",
                 "looks like the genuine message 6; demands a reply; a 6-digit code"))

    # 72 Pearson VUE reminder
    d = dt(2025, 11, 5, 18, 0, 0)
    txt = """Dear Mireille Tanabe,

This is a reminder of your upcoming exam.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Thursday, November 6, 2025, 10:00 Japan Standard Time
Registration number: 482913775
Candidate ID: AWS09950126

Check in up to 30 minutes before your appointment. Have your government-issued ID ready.

Pearson VUE
"""
    raw = message(d, addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_P,
                  "Reminder: your AWS Certification exam is tomorrow", leaf("text/plain", txt),
                  "<1762333200.482913775.reminder.JavaMail.pvue@pearsonvue.com>",
                  top=in_posteo(d, "bounce@pearson.com", "mx0b-00211d01.pphosted.com", "148.163.140.22",
                                "pearson.com", "pearson.com", qid="4cWQ3bK8Ty"))
    out.append(M(raw, "unrelated", False, None, [CAND_PE], "Pearson VUE exam reminder",
                 "exam vendor; registration number; candidate ID"))

    # 73 CertMetrics exam results
    d = dt(2025, 11, 7, 6, 12, 44)
    html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Mireille,</p>
<p>Congratulations! You passed the AWS Certified Solutions Architect - Professional (SAP-C02) exam on November 6, 2025.</p>
<table style="border-collapse:collapse"><tr><td style="padding:4px 10px">Candidate ID</td><td style="padding:4px 10px">AWS09950126</td></tr>
<tr><td style="padding:4px 10px">Score</td><td style="padding:4px 10px">842</td></tr>
<tr><td style="padding:4px 10px">Exam date</td><td style="padding:4px 10px">2025-11-06</td></tr></table>
<p>Your score report is available in your AWS Certification Account. A digital badge will be sent by Credly within 5 business days.</p>
<p>AWS Certification</p></body></html>
"""
    raw = message(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
                  "Your AWS Certification exam results are available", leaf("text/html", html, cte="base64"),
                  "<f4e2a0b7.2025110621124.77402@certmetrics.com>",
                  top=in_posteo(d, "bounces+77402@em.certmetrics.com", "o1.em.certmetrics.com", "167.89.100.14",
                                "certmetrics.com", "certmetrics.com", qid="4cWZ0pM5Sa"))
    out.append(M(raw, "certification", False, None, [CAND_PE], "CertMetrics: exam passed (HTML table, base64)",
                 "candidate ID in a table cell"))

    # 74 Credly badge via the older youracclaim address
    d = dt(2025, 11, 8, 9, 3, 30)
    txt = """Hi Mireille,

You've earned a badge from Amazon Web Services Training and Certification:
AWS Certified Solutions Architect - Professional

Claim it here: https://www.credly.com/badges/0c7e91a4-2f5d-4b38-9e16-a8d3f20b6c51/accept

Badges you do not accept within 30 days stay pending until you do.

The Credly Team
"""
    raw = message(d, addr("Credly", "admin@youracclaim.com"), ME_P,
                  "You've earned a badge: AWS Certified Solutions Architect - Professional", leaf("text/plain", txt),
                  "<6906a1e2.0c7e91a4@youracclaim.com>",
                  top=in_posteo(d, "bounces+3312@email.youracclaim.com", "o3.email.youracclaim.com", "149.72.161.23",
                                "youracclaim.com", "youracclaim.com", qid="4cWe8vC1Ro"))
    out.append(M(raw, "badge", False, None, [], "Credly badge from the older youracclaim.com address",
                 "older sender domain; plain text"))

    # 75 Pearson VUE lookalike phishing
    d = dt(2025, 11, 8, 14, 27, 3)
    txt = """Dear Candidate,

Your result for SAP-C02 on 6 November 2025 has been placed on hold because the
identity check at check-in could not be completed.

Reply within 48 hours with a photo of your government ID and the email and
password of your AWS Certification Account, or the result will be cancelled.

Pearson VUE Candidate Security
"""
    raw = message(d, addr("Pearson VUE Security", "security@pearsonvue-support.net"), ME_P,
                  "Exam result on hold - identity verification required", leaf("text/plain", txt),
                  "<20251108052703.1190@pearsonvue-support.net>",
                  top=in_posteo(d, "security@pearsonvue-support.net", "host-45-88-97-12.example-vps.net", "45.88.97.12",
                                "pearsonvue-support.net", "pearsonvue-support.net", dkim="none", spf="softfail",
                                dmarc="none", qid="4cWh1nQ6Wd"))
    out.append(M(raw, "suspicious", False, None, [], "Exam-vendor lookalike phishing",
                 "knows the real exam and date; 'on hold'; demands a reply"))

    # 76 events form case (other AWS program)
    d = dt(2025, 11, 9, 11, 40, 19)
    txt = """Hello Mireille,

Thank you for contacting AWS Events. I'm looking into your request to transfer
your re:Invent 2025 pass (registered to m.tanabe@kitakaze-sys.co.jp) to a
colleague at Kitakaze Systems.

Before I can move the pass we need the full name and email address of the
person who will receive it. Please reply to this email with those details.

Kind regards,
Priya
AWS Events Customer Service
"""
    raw = message(d, addr("AWS Events", "aws-cs-events-form@amazon.com"), ME_P,
                  "RE:[CASE %s] [AWS Events Form Submission] - registration-transfer" % CASE_G,
                  leaf("text/plain", txt), ses("9a6b2e0f41"), top=aws_in(d, ME_P, "9a6b2e0f41"))
    out.append(M(raw, "unrelated", False, None, [],
                 "AWS Events form case asks for details (another AWS program)",
                 "same 'RE:[CASE' subject shape and aws-cs-*-form sender; a real request, but not Training and Certification"))

    # 77 CertMetrics recertification
    d = dt(2025, 11, 10, 7, 30, 5)
    txt = """Hello Mireille,

Your AWS Certified Solutions Architect - Professional certification has been
renewed. Your new expiration date is November 6, 2028.

Candidate ID: AWS09950126

A new 50% discount benefit for your next exam is now available under Benefits in
your AWS Certification Account.

AWS Certification
"""
    raw = message(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
                  "Your AWS Certified Solutions Architect - Professional certification has been renewed",
                  leaf("text/plain", txt, cte="quoted-printable"), "<a7b3c9d1.2025110922300.77402@certmetrics.com>",
                  top=in_posteo(d, "bounces+77402@em.certmetrics.com", "o1.em.certmetrics.com", "167.89.100.14",
                                "certmetrics.com", "certmetrics.com", qid="4cWm4tH9Ub"))
    out.append(M(raw, "certification", False, None, [CAND_PE], "CertMetrics: recertification done, new benefit",
                 "'renewed', 'benefit' and 'available' resemble a resolution"))

    # 78 GitHub personal repo
    d = dt(2025, 11, 11, 22, 8, 16)
    txt = """@dependabot[bot] merged this pull request and closed #7.

Bump actions/checkout from 4 to 5

--
Reply to this email directly or view it on GitHub:
https://github.com/mtanabe/dotfiles/pull/7#event-15123987120
"""
    raw = message(d, addr("dependabot[bot]", "notifications@github.com"),
                  "mtanabe/dotfiles <dotfiles@noreply.github.com>",
                  "Re: [mtanabe/dotfiles] Bump actions/checkout from 4 to 5 (PR #7)", leaf("text/plain", txt),
                  "<mtanabe/dotfiles/pull/7/issue_event/15123987120@github.com>",
                  cc="Mireille Tanabe <%s>, State change <state_change@noreply.github.com>" % ME_P,
                  irt="<mtanabe/dotfiles/pull/7@github.com>", refs=["<mtanabe/dotfiles/pull/7@github.com>"],
                  top=in_posteo(d, "noreply@github.com", "out-21.smtp.github.com", "192.30.252.204",
                                "github.com", "github.com", qid="4cWr7eJ2Vc"),
                  extra=["List-ID: mtanabe/dotfiles <dotfiles.mtanabe.github.com>", "X-GitHub-Reason: state_change"])
    out.append(M(raw, "unrelated", False, None, [], "GitHub: PR merged and closed (personal repo)",
                 "'merged' and 'closed' in one line"))

    # 79 AWS marketing in Japanese
    d = dt(2025, 11, 12, 10, 0, 0)
    html = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif"><table width="640" align="center"><tr><td>
<h2>AWS 認定 受験者向けウェビナーのご案内</h2>
<p>田辺 ミレイユ 様</p>
<p>AWS 認定の取得を目指す方を対象に、試験対策ウェビナーを開催いたします。ぜひご登録ください。</p>
<p>日時: 2025年12月3日(水) 19:00 から 20:30<br>形式: オンライン</p>
<p><a href="https://pages.awscloud.com/jp-cert-webinar.html">今すぐ登録</a></p>
<p style="font-size:11px;color:#888">本メールは送信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table></body></html>
"""
    raw = message(d, addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
                  "【ご案内】AWS 認定 受験者向けウェビナー 参加登録受付中", leaf("text/html", html, cte="base64"),
                  "<1418830412.3307.1762909200@mktoweb.amazon.com>",
                  top=in_posteo(d, "1418830412@mkto.amazon.com", "mkto-mail82.amazon.com", "192.28.148.82",
                                "amazon.com", "amazon.com", qid="4cWv2kL8Md"),
                  extra=["List-Unsubscribe: <mailto:unsubscribe@mkto.amazon.com>"])
    out.append(M(raw, "unrelated", False, None, [], "AWS marketing in Japanese (HTML-only, base64)",
                 "certification topic from amazon.com, Japanese, 'ご登録ください'"))

    # 80 Credly share reminder
    d = dt(2025, 11, 12, 20, 45, 31)
    html = """<html><body style="font-family:Helvetica,Arial"><p>Hi Mireille,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Professional</b> badge is still waiting for you. Accept it and share it with your network.</p>
<p><a href="https://www.credly.com/badges/0c7e91a4-2f5d-4b38-9e16-a8d3f20b6c51/accept">Accept badge</a></p>
<p style="font-size:11px;color:#999">Credly, 8 W 38th St, New York, NY 10018</p></body></html>
"""
    raw = message(d, addr("Credly", "admin@credly.com"), ME_P, "Reminder: accept your new badge",
                  leaf("text/html", html, cte="quoted-printable"), "<69147a33.0c7e91a4@credly.com>",
                  top=in_posteo(d, "bounces+3312@email.credly.com", "o7.email.credly.com", "149.72.161.19",
                                "credly.com", "credly.com", qid="4cWz5pN3Qe"))
    out.append(M(raw, "badge", False, None, [], "Credly reminder to accept a badge",
                 "'still waiting for you' wording, not support"))
    return out
