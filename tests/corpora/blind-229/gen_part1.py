# Part 1: the old 2023 form case (D) and February-March 2025.
from gen_aws import *

TC_FORM = 'AWS Training and Certification Customer Service <aws-cs-trainingcertification-form@amazon.com>'
CASE_D = '13829475610'
SUBJ_D = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_D
CASE_F = '173942281700245'
SUBJ_F = 'Exam marked as missed after OnVUE check-in failure'
CASE_BILL = '174098765400198'
SUBJ_BILL = 'Unexpected NAT Gateway charges after deleting VPC'

# ---------------------------------------------------------------- 2023: form case D (name fix)
w = T('2023-11-14 10:12:41')
d1 = ses_mid(w, 'd1')
body = """Hello Takumi Ogasawara,

We received the message you sent through the AWS Training and Certification contact form and created case 13829475610 for it. Someone from our team normally answers within one business day, although some requests need more research.

Here is a copy of what you submitted:

Inquiry type: Certification
Additional details: Certificate / Transcript
Name: Takumi Ogasawara
Email: t-ogasawara@seiran-sys.co.jp
AWS Candidate ID: AWS02718364
Description:
My last name is misspelled as "Ogasawra" on my AWS Certified Developer - Associate certificate and in my transcript. Could you correct it to "Ogasawara"? Thank you.

When you write to us about this request, keep the case number in the subject line. There is no need to submit the form again for the same issue.

Best regards,
AWS Training and Certification Customer Service
"""
add(w, TC_FORM, ME_C, SUBJ_D, leaf(body, cte='7bit', cs='us-ascii'),
    L('acknowledgement', False, CASE_D, ['AWS02718364']),
    'Form-case acknowledgement (2023, 11-digit case). The echoed form text contains the user\'s own '
    'question "Could you correct it...?" which is not a request from support; candidate ID appears in the '
    'echoed form block (counted: it is part of this message, not quoted reply history).',
    mid=d1, top=ses_in_m365(w, ME_C), extra=aws_extra(w, 'd1'))

w = T('2023-11-15 02:37:09')
d2 = ses_mid(w, 'd2')
txt = """Hi Takumi,

Thanks for reaching out. I can update the name on your certification record, but it has to match the identification you show at the test center, because the two must be identical for any future exam.

Would you write back with your full legal name exactly as it is printed on your passport or other government ID - Latin letters, first name then last name? If the ID shows a middle name, include that too.

Once I have it, the change normally takes effect within two business days.

Regards,
Kavya M.
AWS Training and Certification Customer Service
"""
html = ('<div style="font-family:Calibri,Arial;font-size:11pt"><p>Hi Takumi,</p><p>Thanks for reaching out. I can update the name '
        'on your certification record, but it has to match the identification you show at the test center, because the two '
        'must be identical for any future exam.</p><p>Would you write back with your full legal name exactly as it is printed '
        'on your passport or other government ID &ndash; Latin letters, first name then last name? If the ID shows a middle '
        'name, include that too.</p><p>Once I have it, the change normally takes effect within two business days.</p>'
        '<p>Regards,<br>Kavya M.<br>AWS Training and Certification Customer Service</p></div>')
add(w, TC_FORM, ME_C, SUBJ_D, multi('alternative', [leaf(txt), leaf(html, 'html')]),
    L('info_request', True, CASE_D),
    'Form-case agent asks for the legal name as on the passport; the ask is a question ("Would you write '
    'back with...?") with no "please", followed by an informational sentence.',
    mid=d2, irt=d1, refs=d1, top=ses_in_m365(w, ME_C), extra=aws_extra(w, 'd2'))

w = T('2023-11-15 09:05:33')
d3 = '<TYCP286MB2210E4C1A9D3F51B8A7C20E1A3F12@TYCP286MB2210.JPNP286.PROD.OUTLOOK.COM>'
txt = """Hi Kavya,

Thank you for the quick reply.
My name as printed on my passport: Takumi OGASAWARA (first name: Takumi, last name: Ogasawara). There is no middle name.
For reference my candidate ID is AWS02718364.

Best regards,
Takumi Ogasawara
Seiran Systems Co., Ltd. / Cloud Infrastructure Dept.

________________________________
From: AWS Training and Certification Customer Service <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, November 15, 2023 2:37 AM
To: Takumi Ogasawara <t-ogasawara@seiran-sys.co.jp>
Subject: RE:[CASE 13829475610] [AWS Training and Certification Form Submission] - certification

Hi Takumi,

Thanks for reaching out. I can update the name on your certification record, but it has to match the identification you show at the test center, because the two must be identical for any future exam.

Would you write back with your full legal name exactly as it is printed on your passport or other government ID - Latin letters, first name then last name? If the ID shows a middle name, include that too.

Once I have it, the change normally takes effect within two business days.

Regards,
Kavya M.
AWS Training and Certification Customer Service
"""
add(w, addr(ME_NAME, ME_C), TC_FORM, 'RE: ' + SUBJ_D, leaf(txt, cs='us-ascii', cte='7bit'),
    L('user_reply', False, CASE_D, ['AWS02718364']),
    'The owner\'s own Outlook reply (Sent copy, CRLF) with the answer on top and the full request quoted '
    'below the Outlook header block; the quoted request must not make it a request.',
    mid=d3, irt=d2, refs=d1 + ' ' + d2, crlf=True,
    extra=[('Thread-Topic', SUBJ_D), ('Thread-Index', 'AdoXb3kq5mJ1c0QhTmGZ3q9yS8VwEA=='),
           ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')])

w = T('2023-11-17 06:48:20')
txt = """Hi Takumi,

I've corrected the last name on your certification record to "Ogasawara". Certificates and transcripts are rebuilt overnight, so tomorrow the corrected PDF will be available to download from your Certification Account. Your Credly badge takes the new name automatically.

If anything still shows the old spelling after 48 hours, just reply here and I'll take another look.

Regards,
Kavya M.
AWS Training and Certification Customer Service

---- Original Message ----
From: Takumi Ogasawara
Sent: 11/15/2023 12:05 AM
Subject: RE: RE:[CASE 13829475610] [AWS Training and Certification Form Submission] - certification

Hi Kavya,
Thank you for the quick reply.
My name as printed on my passport: Takumi OGASAWARA (first name: Takumi, last name: Ogasawara). There is no middle name.
For reference my candidate ID is AWS02718364.

---- Original Message ----
From: AWS Training and Certification Customer Service
Sent: 11/14/2023 5:37 PM
Would you write back with your full legal name exactly as it is printed on your passport or other government ID - Latin letters, first name then last name? If the ID shows a middle name, include that too.
"""
add(w, TC_FORM, ME_C, SUBJ_D, leaf(txt, cte='quoted-printable'),
    L('resolved', False, CASE_D),
    'Form-case resolution; quotes both the owner\'s answer (with a candidate ID) and the original '
    'question; ends with a conditional "if anything still shows..., just reply".',
    mid=ses_mid(w, 'd4'), irt=d3, refs=' '.join([d1, d2, d3]), top=ses_in_m365(w, ME_C), extra=aws_extra(w, 'd4'))

# ---------------------------------------------------------------- Feb 2025: exam case F (console)
w = T('2025-02-12 22:41:05')
txt = """Dear Takumi Ogasawara,

Thank you for contacting Pearson VUE. Your incident report has been submitted.

Case number: 10482931
Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 482913765
Appointment: 12 February 2025, 19:00 JST (OnVUE online proctored)

Our team will review the session log. If the exam owner needs to take action, such as issuing a new authorization, we will forward the case to them and you will be contacted by the exam owner directly. You do not need to reschedule in the meantime.

Sincerely,
Pearson VUE Customer Service
This is an automated message; replies to this address are not monitored.
"""
add(w, 'Pearson VUE <pearsonvuecustomerservice@pearson.com>', ME_C,
    'Pearson VUE incident report received - Case 10482931', leaf(txt, cs='us-ascii', cte='7bit'),
    L('unrelated'), 'Exam vendor\'s own case mail (8-digit vendor case number, 9-digit registration ID); '
    'not an AWS support case.',
    top=m365_in(w, ME_C, 'bounces+4417@em.pearsonvue.com', '149.72.120.14', dkim_d='pearsonvue.com', from_dom='pearson.com'))

w = T('2025-02-13 14:01:12')
desc = """Hello,

My online proctored exam (AWS Certified Solutions Architect - Professional, SAP-C02) was scheduled for Feb 12 at 19:00 JST. The OnVUE check-in failed twice with "system test failed" and the proctor never joined, so the appointment was marked as missed. Pearson VUE opened incident 10482931 and told me AWS has to reinstate the exam.

Candidate ID: AWS02718364
Pearson VUE registration ID: 482913765

Thanks,
Takumi Ogasawara"""
aws_send(w, ME_C, 'Amazon Web Services: New Support case: %s' % CASE_F,
         leaf(new_case_en(CASE_F, SUBJ_F, desc, svc='Training and Certification', cat='Exam appointment',
                          acct='209384756120'), cte='quoted-printable'),
         L('acknowledgement', False, CASE_F, ['AWS02718364']),
         'Console new-case mail for a T&C exam case (15-digit ID) from the shared no-reply-aws sender; only the '
         'Service line says Training and Certification. Echoed description holds a 9-digit registration ID and '
         'a vendor case number that are not the AWS case.')

w = T('2025-02-14 11:26:40')
txt = """Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/seiran-sys/terraform-aws-platform/pull/412#event-16270011842
You are receiving this because you authored the thread.
"""
html = ('<p>Merged <a href="https://github.com/seiran-sys/terraform-aws-platform/pull/412">#412</a> into main.</p>'
        '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
        '<a href="https://github.com/seiran-sys/terraform-aws-platform/pull/412#event-16270011842">view it on GitHub</a>.'
        '<br>You are receiving this because you authored the thread.</p>')
add(w, 'Haruto Nishida <notifications@github.com>', 'seiran-sys/terraform-aws-platform <terraform-aws-platform@noreply.github.com>',
    'Re: [seiran-sys/terraform-aws-platform] Bump hashicorp/aws provider to 5.86 and merge account modules (PR #412)',
    multi('alternative', [leaf(txt, cte='7bit', cs='UTF-8'), leaf(html, 'html', cte='7bit', cs='UTF-8')]),
    L('unrelated'), 'GitHub "Merged" notification whose subject talks about merging account modules.',
    cc=addr(ME_NAME, ME_C) + ', Author <author@noreply.github.com>',
    irt='<seiran-sys/terraform-aws-platform/pull/412@github.com>', refs='<seiran-sys/terraform-aws-platform/pull/412@github.com>',
    mid='<seiran-sys/terraform-aws-platform/pull/412/issue_event/16270011842@github.com>',
    top=m365_in(w, ME_C, 'bounces+2135@sgmail.github.com', '192.254.112.98', dkim_d='github.com', from_dom='github.com'),
    extra=[('X-GitHub-Reason', 'author'), ('List-ID', 'seiran-sys/terraform-aws-platform <terraform-aws-platform.seiran-sys.github.com>')])

w = T('2025-02-17 09:52:18')
agent = """Hello Takumi,

Thank you for your patience while I checked with Pearson VUE. Their session log for registration 482913765 confirms that the OnVUE check-in failed on their side, so the missed appointment will not count against you.

I have reinstated your exam eligibility for SAP-C02 and added a replacement voucher to your Certification Account; it is listed under Benefits and is valid until May 31, 2025. No further action is required on your part - you can book a new appointment whenever it suits you.

I'm setting this case to resolved. Should the voucher not appear within 24 hours, reopen the case from the Support Center and mention this correspondence.

Best regards,
Mateo G.
AWS Training and Certification"""
txt = corr_en(CASE_F, SUBJ_F, agent)
html = html_wrap('<p>' + '</p>\n<p>'.join(x.replace('\n', '<br>') for x in txt.split('\n\n')) + '</p>')
aws_send(w, ME_C, 'RE:[CASE %s] %s [AWS ID 209384756120]' % (CASE_F, SUBJ_F),
         multi('alternative', [leaf(txt), leaf(html, 'html')]),
         L('resolved', False, CASE_F),
         'Console correspondence resolving the exam case: "No further action is required", then a conditional '
         '"should the voucher not appear... reopen"; subject carries a 12-digit [AWS ID] that is not a case.')

# ---------------------------------------------------------------- March 2025: billing console case
w = T('2025-03-03 16:42:03')
desc = """We deleted the VPC "sandbox-legacy" in ap-northeast-1 on Feb 20, but the March bill still shows NAT Gateway hours and data processing for that VPC. Please check whether something was left running and whether the charges can be credited."""
aws_send(w, ME_P, 'Amazon Web Services: New Support case: %s' % CASE_BILL,
         leaf(new_case_en(CASE_BILL, SUBJ_BILL, desc, svc='Billing', cat='Charges - Unexpected charge',
                          acct='483920175562'), cte='quoted-printable'),
         L('unrelated'), 'Same sender and template as a T&C case acknowledgement, but a Billing case: not the '
         'owner\'s T&C case.')

w = T('2025-03-04 10:15:44')
agent = """Hi Takumi,

I'm Sebastian from AWS Billing and Accounts and I'll be looking after this case.

To trace the charge I need the NAT gateway ID (it starts with nat-) and the Region it ran in. Could you also tell me whether you still see new NAT Gateway hours after Feb 20, or only the ones billed up to that date?

Please add the details to the case in the Support Center; I'll pick them up as soon as they arrive.

Best,
Sebastian L.
Amazon Web Services"""
aws_send(w, ME_P, 'RE:[CASE %s] %s [AWS ID 483920175562]' % (CASE_BILL, SUBJ_BILL),
         leaf(corr_en(CASE_BILL, SUBJ_BILL, agent), cte='quoted-printable'),
         L('unrelated'), 'Billing agent asks for information and a reply in the Support Center - exactly the shape '
         'of an info request, but on a Billing case, so no T&C reply is owed.')

w = T('2025-03-05 18:03:27')
txt = """小笠原さん

お疲れさまです。森田です。
3/12(水)の本番移行の作業分担を共有します。

 1. 事前バックアップ取得 …… 森田
 2. Terraform apply(ネットワーク系) …… 小笠原さん
 3. アプリ切り替え・疎通確認 …… 西田さん
 4. 切り戻し判断 …… 課長

前日 17時から最終確認の打ち合わせを入れています。
何かあれば返信ください。

森田 翔
株式会社セイラン・システムズ クラウド基盤部
"""
add(w, addr('森田 翔', 'morita.sho@seiran-sys.co.jp', 'iso-2022-jp'), addr(ME_JA, ME_C, 'iso-2022-jp'),
    '【共有】3/12 本番移行の作業分担', leaf(txt, cs='iso-2022-jp', cte='7bit'),
    L('unrelated'), 'Colleague mail in ISO-2022-JP with CRLF; "何かあれば返信ください" is a colleague\'s invitation, '
    'not support.', subj_cs='iso-2022-jp', crlf=True, top=m365_internal(w, ME_C),
    extra=[('Thread-Topic', h('【共有】3/12 本番移行の作業分担', 'iso-2022-jp')),
           ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')])

w = T('2025-03-08 10:20:11')
aws_send(w, ME_P, 'RE:[CASE %s] %s' % (CASE_BILL, SUBJ_BILL),
         leaf(autoresolve_en(CASE_BILL, SUBJ_BILL, 3, 'March 11, 2025'), cte='quoted-printable'),
         L('unrelated'), 'Auto-resolve warning with the same wording a T&C closing notice would use, but for the '
         'Billing case: no T&C reply owed.')

w = T('2025-03-12 08:00:36')
txt = """Hello Takumi,

Your AWS Certified Developer - Associate certification expires on June 10, 2025.

To keep it active, pass the current version of the exam or a higher-level certification that recertifies it before the expiry date. Recertifying starts a new three-year period.

Candidate ID: AWS02718364
Certification: AWS Certified Developer - Associate
Validation number: 3QZ7KHM1D2E4F9WX
Expiration date: June 10, 2025

Your 50% discount benefit can be used for the recertification exam. Visit your Certification Account to see your benefits.

AWS Certification
This message was sent to t-ogasawara@seiran-sys.co.jp. Manage your email preferences in your Certification Account.
"""
html = ('<html><body style="font-family:Arial"><p>Hello Takumi,</p><p>Your <b>AWS Certified Developer &ndash; Associate</b> '
        'certification expires on <b>June 10, 2025</b>.</p><p>To keep it active, pass the current version of the exam or a '
        'higher-level certification that recertifies it before the expiry date.</p><table border="1" cellpadding="4" '
        'style="border-collapse:collapse"><tr><td>Candidate ID</td><td>AWS02718364</td></tr><tr><td>Validation number</td>'
        '<td>3QZ7KHM1D2E4F9WX</td></tr><tr><td>Expiration date</td><td>June 10, 2025</td></tr></table>'
        '<p>Your 50% discount benefit can be used for the recertification exam.</p><p>AWS Certification</p></body></html>')
add(w, 'AWS Certification <do-not-reply@certmetrics.com>', ME_C,
    'Your AWS Certification expires in 90 days', multi('alternative', [leaf(txt), leaf(html, 'html')]),
    L('certification', False, None, ['AWS02718364']),
    'CertMetrics expiry reminder with a candidate ID; program mail, not a case.',
    top=m365_in(w, ME_C, 'bounce@certmetrics.com', '198.2.180.44', dkim_d='certmetrics.com', from_dom='certmetrics.com'))

w = T('2025-03-18 13:47:55')
txt = """Amazon Web Services Health Event

Event: Operational issue - Amazon Simple Storage Service (Tokyo)
Region: ap-northeast-1
Affected account: 209384756120
Status: Open
Start time: Tue, 18 Mar 2025 04:12:00 GMT

Description:
We are investigating increased error rates for S3 PUT and GET requests in a single Availability Zone (apne1-az4) in the AP-NORTHEAST-1 Region. Other Availability Zones are not affected. We will provide an update by 05:30 GMT.

You can view this event and any resources in your account that may be affected in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/event-log?eventID=arn:aws:health:ap-northeast-1::event/S3/AWS_S3_OPERATIONAL_ISSUE/AWS_S3_OPERATIONAL_ISSUE_7E1D2_9C4B0A77

To change which notifications you receive, visit the AWS User Notifications console.

""" + FOOT_EN
aws_send(w, 'aws-notice@seiran-sys.co.jp', 'AWS Health Event - Operational issue - Amazon S3 - ap-northeast-1 [AWS Account: 209384756120]',
         leaf(txt, cte='quoted-printable'), L('unrelated'),
         'AWS Health alert from the same no-reply-aws address, sent to a team alias; no case at all.',
         top=ses_in_m365(w, ME_C))

w = T('2025-03-24 07:30:00')
txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊インフラ便り 第412号  2025/03/24
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週のトピック
・AWS認定の再認定ルール、知っておきたい3つのポイント
・転職前にやっておくべき「資格アカウント」の整理術
・Terraform 1.11 の新機能まとめ

■読者の声
「会社のメールで取ったAWS認定、退職したらどうなるの?」という
ご質問を多数いただきました。次号で特集します。

■配信停止
https://infra-tayori.jp/unsubscribe?u=t0g4s4w4

発行:週刊インフラ便り編集部
"""
add(w, addr('週刊インフラ便り', 'mag@infra-tayori.jp'), ME_P, '【週刊インフラ便り】第412号 AWS認定の再認定ルール/資格アカウントの整理術',
    leaf(txt, cs='shift_jis', cte='8bit'), L('unrelated'),
    'Shift_JIS 8-bit newsletter whose topics are AWS certification accounts and merging after a job change.',
    top=gmail_in(w, ME_P, 'bounce@mail.infra-tayori.jp', 'mail.infra-tayori.jp', '203.0.113.77',
                 dkim_d='infra-tayori.jp', from_dom='infra-tayori.jp', policy='p=NONE sp=NONE dis=NONE'),
    extra=[('List-Unsubscribe', '<https://infra-tayori.jp/unsubscribe?u=t0g4s4w4>')])
