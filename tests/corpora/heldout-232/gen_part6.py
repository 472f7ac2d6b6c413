# Part 6: late June / July 2025 - leaving the company, new job, after-merge mail.
from gen_base import *

P = (ME_NAME, ME_PERSONAL)
W = (ME_NAME, ME_WORK)
CM = ("AWS Certification", "do-not-reply@certmetrics.com")
CREDLY = ("Credly", "admin@credly.com")

# 066 farewell party invite (Japanese, ISO-2022-JP)
t = dd("""
    インフラチームの皆さま

    お疲れさまです。佐藤です。
    6月末でご退職されるトマシュさんの送別会を下記のとおり開催します。

    日時：6月27日（金）19:00〜
    場所：新橋「炉端 かえで」

    出欠を 6月25日までにこのメールへの返信でお知らせください。

    佐藤
    """)
add("party", ("unrelated", False, None, []),
    "Colleague's farewell-party invitation asking for RSVP by reply - a request, but not support's",
    frm=("佐藤 弘樹", "h.sato@kaede-sys.co.jp"), to=[("インフラチーム", "infra-team@kaede-sys.co.jp")], cc=[W],
    subject="【ご案内】トマシュさん送別会", date="2025-06-24 11:02:33 +0900", crlf=True, hdr_charset="iso-2022-jp",
    body=leaf("text/plain", t, charset="iso-2022-jp", cte="7bit"))

# 067 pearson vue scheduling with ESL+30
t = dd("""
    Dear Tomasz Jan Wierzbicki,

    Your exam appointment is confirmed.

    Exam: SCS-C02: AWS Certified Security - Specialty
    Date and time: Saturday, July 19, 2025 13:00 JST
    Delivery: Online (OnVUE)
    Accommodation: ESL +30 (additional 30 minutes)
    Registration ID: 517230894

    Please run the system test before your exam day.

    Pearson VUE
    """)
add("pv2", ("unrelated", False, None, []),
    "Exam vendor booking showing the ESL +30 accommodation from case F - vendor mail, not the case",
    frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=P,
    subject="Pearson VUE Confirmation of Exam Appointment", date="2025-06-26 10:44:20 +0000",
    body=leaf("text/plain", t, cte="7bit"))

# 068 owner's farewell mail (sent item)
t = dd("""
    Dear all,

    Today is my last day at Kaede Systems. Thank you for six great years - the
    CDK platform, the 3 a.m. incidents and the ramen after them.

    This mailbox will be closed tonight. If you want to stay in touch:
    %s

    All the best,
    Tomasz
    """) % ME_PERSONAL
add("bye", ("user_reply", False, None, []),
    "Owner's own farewell mail from the work address - user-written, no case",
    frm=W, to=[("Kaede Systems All", "all@kaede-sys.co.jp")], subject="Thank you and goodbye",
    date="2025-06-30 16:55:12 +0900", auth=None, x_mailer="Microsoft Outlook 16.0", crlf=True,
    body=leaf("text/plain", t, charset="us-ascii", cte="7bit"))

# 069 Partner Central user removed
t = dd("""
    Hello,

    Your user t.wierzbicki@kaede-sys.co.jp has been removed from the AWS Partner
    Central account of Kaede Systems K.K. by an Alliance Lead.

    Your AWS Certifications are not affected. If you believe this is a mistake,
    contact the Alliance Lead of your organisation.

    AWS Partner Network
    """)
add("apn1", ("unrelated", False, None, []),
    "AWS Partner Central removal notice - AWS mail about the partner link, not a support case",
    frm=("AWS Partner Network", "no-reply@partnercentral.awspartner.com"), to=P,
    subject="You have been removed from an AWS Partner Central account", date="2025-07-01 02:12:00 +0000",
    body=leaf("text/plain", t, cte="7bit"))

# 070 new employer onboarding
t = dd("""
    Hi Tomasz,

    Welcome to Sorano Data! Your first day is Monday 7 July. Please bring your
    residence card and bank details; we'll set you up with a laptop at 10:00.

    Could you also send us a copy of your AWS certificates for our partner profile?
    Anytime this week is fine.

    Cheers,
    Emi Kato
    People Operations, Sorano Data Inc.
    """)
add("newjob", ("unrelated", False, None, []),
    "New employer asks for certificates - a request about AWS certification, but from an employer",
    frm=("Emi Kato", "emi.kato@soranodata.jp"), to=P, subject="Welcome aboard - first day info",
    date="2025-07-02 08:15:09 +0900", body=leaf("text/plain", t, cte="quoted-printable"))

# 071 certification expiring
h = html_wrap(
    "<p>Hello Tomasz Jan,</p><p>Your <b>AWS Certified Cloud Practitioner</b> certification expires on "
    "<b>30 September 2025</b>.</p><p>Recertify by passing the current version of the exam or a higher-level "
    "certification. Remember to use your 50% discount voucher.</p>"
    "<p>Candidate ID: AWS11503342</p><p>AWS Certification</p>")
add("cert5", ("certification", False, None, ["AWS11503342"]),
    "Certification expiry reminder, now to the personal account's candidate ID",
    frm=CM, to=P, subject="Your AWS Certification expires in 90 days", date="2025-07-02 15:00:00 +0000",
    body=multipart("alternative", [leaf("text/plain", "Your AWS Certified Cloud Practitioner certification expires on 30 September 2025.\nCandidate ID: AWS11503342\n", cte="7bit"),
                                   leaf("text/html", h)], "cert5"))

# 072 GitHub PR merged (personal)
t = dd("""
    @tomaszw merged pull request #9 into main.

    Merge accounts helper: support multiple candidate IDs

    --
    View it on GitHub: https://github.com/tomaszw/cert-notes/pull/9
    """)
add("gh3", ("unrelated", False, None, []),
    "GitHub: 'merged' + 'merge accounts' + 'candidate IDs' in a PR title (no AWS ID)",
    frm=("Tomasz Wierzbicki", "notifications@github.com"), to=P,
    subject="Re: [tomaszw/cert-notes] Merge accounts helper: support multiple candidate IDs (PR #9)",
    date="2025-07-04 12:40:11 +0000", body=leaf("text/plain", t, cte="7bit"))

# 073 Pearson VUE lookalike
t = dd("""
    Dear Candidate,

    Your upcoming AWS exam (SCS-C02) could not be confirmed because your ID
    verification failed. To avoid cancellation and loss of your exam fee, reply to
    this e-mail with a photo of your passport, or pay the re-verification fee of
    USD 25 here:

    https://pearsonvue-candidate-verify.com/pay

    Pearson VUE Candidate Services
    """)
add("phish3", ("suspicious", False, None, []),
    "Exam-vendor lookalike (pearsonvue-support.net) demanding reply/payment",
    frm=("Pearson VUE", "candidate-services@pearsonvue-support.net"), to=P,
    subject="URGENT: ID verification failed for your AWS exam", date="2025-07-08 19:33:02 +0000",
    body=leaf("text/plain", t, cte="7bit"))

# 074 AWS billing personal
t = dd("""
    Hello,

    Your AWS Free Tier usage for account 602915384477 has exceeded 85% of the
    monthly limit for Amazon S3 (Standard storage).

    Review usage: https://console.aws.amazon.com/billing/home#/freetier

    Amazon Web Services
    """)
add("bill2", ("unrelated", False, None, []),
    "AWS Free Tier alert (12-digit account ID) from an amazon.com sender",
    frm=("AWS Free Tier", "freetier@costalerts.amazonaws.com"), to=P,
    subject="AWS Free Tier limit alert", date="2025-07-10 04:00:41 +0000",
    body=leaf("text/plain", t, cte="7bit"))

# 075 connpass JAWS-UG (Japanese)
t = dd("""
    JAWS-UG 東京 からのお知らせです。

    【第 42 回】AWS 認定を語る夜 ～転職しても資格は消えない～
    日時：2025年7月24日（木）19:30～
    会場：オンライン

    参加登録は connpass のイベントページからお願いします。

    このメールは connpass のメッセージ機能で送信されています。
    """)
add("connpass", ("unrelated", False, None, []),
    "Japanese community event about AWS certification after changing jobs",
    frm=("connpass", "no-reply@connpass.com"), to=P, subject="【JAWS-UG 東京】AWS 認定を語る夜 のお知らせ",
    date="2025-07-14 09:00:12 +0900", body=leaf("text/plain", t, cte="base64"))

# 076 other vendor awaiting reply
h = html_wrap(
    "<p>Hello Tomasz,</p><p>We're still waiting for the restore logs we asked for on ticket "
    "<b>KB-20931</b>. Could you attach <code>kumo-agent.log</code> from the affected host?</p>"
    "<p>If we don't hear from you within 5 days, the ticket will be closed automatically.</p>"
    "<p>Kumo Backup Support</p>")
add("vendor2", ("unrelated", False, None, []),
    "Other vendor's request + auto-close warning: looks like a closing notice but not AWS",
    frm=("Kumo Backup Support", "support@kumobackup.io"), to=P,
    subject="[KB-20931] Waiting for your reply: restore job fails", date="2025-07-15 02:30:00 +0000",
    body=leaf("text/html", h, cte="quoted-printable"))

# 077 Credly expiring badge
t = dd("""
    Hi Tomasz Jan,

    Your badge "AWS Certified Cloud Practitioner" issued by Amazon Web Services
    Training and Certification expires on September 30, 2025.

    Renew it by following the issuer's recertification steps.

    The Credly Team
    """)
add("badge5", ("badge", False, None, []),
    "Credly badge-expiry notice (not certmetrics)",
    frm=CREDLY, to=P, subject="Your badge is expiring soon", date="2025-07-16 11:00:00 +0000",
    body=leaf("text/plain", t, cte="7bit"))

# 078 Amazon.co.jp shipment
t = dd("""
    Amazon.co.jp をご利用いただき、ありがとうございます。

    ご注文の商品を発送しました。
    注文番号：249-5518830-7720614
    商品：AWS 認定セキュリティ – 専門知識 対策問題集

    配送状況は注文履歴からご確認いただけます。
    """)
add("amzn", ("unrelated", False, None, []),
    "Amazon.co.jp shipping notice for an AWS exam book (amazon sender, not AWS)",
    frm=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=P, subject="Amazon.co.jp ご注文の商品を発送しました",
    date="2025-07-17 18:20:00 +0900", body=leaf("text/plain", t, cte="quoted-printable"))
