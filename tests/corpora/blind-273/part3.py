from lib import *  # noqa: F401,F403
from part2 import SUBJ_A, SUBJ_A2

# 014 other vendor: ticket closed (Japanese, team in Cc) ----------------------
d = J(3, 5, 8, 30, 12)
t = """Kasumi Technologies
岡部様、インフラチーム各位

いつもMokuren Monitoringをご利用いただきありがとうございます。

お問い合わせ #48213「アラート通知が重複して届く」について、設定修正版（v3.8.2）の適用により解消したことを確認いたしましたので、本チケットはクローズとさせていただきます。

7日以内にこのメールへご返信いただいた場合は、チケットが自動的に再オープンされます。

Mokuren Monitoring サポートデスク
"""
add(('unrelated', False, None, []), A('Mokuren Monitoring サポート', 'support@mokuren-monitor.jp'),
    [C_RYO], '[#48213] 解決済み: アラート通知が重複して届く', d, mid_other('zd-48213', 'mokuren-monitor.jp'),
    leaf(t, enc='b64'), cc=[A('インフラチーム', 'infra-team@kasumi-tec.co.jp')],
    pre=m_in(d, 'mokuren-monitor.jp', '104.16.22.9'),
    note='Other vendor\'s "ticket closed, reply within 7 days to reopen" – looks like a closing notice.')

# 015 C: console case opened (company account, manager as extra contact) -----
d = U(3, 5, 10, 0, 27)
t = """Hello,

We have received your request and opened case %s. You can expect an answer from our team according to the severity you selected.

Case ID: %s
Subject: Exam voucher from partner training benefit not accepted at checkout
Severity: General guidance
Correspondence: When I try to schedule SAP-C02 from certification account %s, the partner benefit voucher shows "not eligible" at checkout. The voucher is listed as active on the Benefits page.

To view or update this case, go to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

AWS account: [AWS ID 381204567719]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. Please do not reply to this message; its address cannot accept incoming e-mails.
""" % (CASE_C, CASE_C, CID_OLD, CASE_C)
add(('acknowledgement', False, CASE_C, [CID_OLD]), P_CONSOLE, [C_RYO],
    'Amazon Web Services: New Support case: %s' % CASE_C, d, mid_ses('C-ack'),
    leaf(t, enc='qp'), cc=[P_TAKESHI], pre=m_in(d, 'amazon.com'), key='C1',
    note='Support Center (console) case C opened, 11-digit ID, manager as additional contact; '
         '12-digit AWS account ID nearby.')

# 016 suspicious: lookalike domain, copies the partner admin ------------------
d = U(3, 5, 11, 20, 5)
h = ('<div style="font-family:Arial"><img src="http://aws-certmerge-verify.com/img/aws.png" '
     'alt="aws"><h3>Action required: partner release for your certification account</h3>'
     '<p>Dear Ryo Okabe and partner administrator,</p><p>Your account merge request is waiting '
     'for a final verification. Both the certification holder and the AWS Partner administrator '
     'must sign in with their AWS credentials within <b>24 hours</b>, otherwise the request and '
     'all certifications on the old account will be cancelled.</p><p><a href="http://aws-certmerge'
     '-verify.com/login?u=okabe">Verify now</a></p><p>AWS Certification Account Services</p></div>')
add(('suspicious', False, None, []), A('AWS Certification Account Services', 'accounts@aws-certmerge-verify.com'),
    [ME_P], '[Action Required] Verify partner release to complete your certification account merge',
    d, mid_other('phish1', 'aws-certmerge-verify.com'), leaf(page(h), 'html', enc='qp'),
    cc=[NAOKO], pre=g_in(d, 'aws-certmerge-verify.com', ip='193.42.33.71',
                         host='mail.aws-certmerge-verify.com', policy='p=NONE sp=NONE dis=NONE'),
    note='Lookalike domain phishing that knows about the partner release and copies the admin; '
         'DKIM/DMARC pass for the fake domain.')

# 017 Naoko reply-all: unlinked; asks support to tell her ----------------------
d = J(3, 5, 14, 44, 19)
t = """Hi Priya,

Done: the certification account has been unlinked from our Partner Central profile as of this afternoon. Please go ahead on your side.

Could you let me know when the merge is finished? We need to update our internal skills register.

Regards,
Naoko

> Ryo, thanks for the date. For now there is nothing further needed from you;
> I'll get back in touch once the partner side is cleared.
"""
add(('unrelated', False, CASE_A, []), P_NAOKO, [P_TC], SUBJ_A2, d, mid_ol('naoko-2'),
    leaf(t, enc='qp'), cc=[A('Ryo Okabe', ME_P)], irt=MID['A5'],
    refs=[MID['A1'], MID['A2'], MID['A5']],
    pre=g_in(d, 'kasumi-tec.co.jp', ip='40.107.74.55',
             host='mail-tycjpn01on2055.outbound.protection.outlook.com', policy='p=NONE sp=NONE dis=NONE'),
    key='A6', note='Partner admin reply-all: "Could you let me know…" is her request to support, '
                   'not support\'s request to the owner.')

# 018 Partner Central notification ----------------------------------------------
d = U(3, 5, 15, 0, 2)
t = """Hello Ryo Okabe,

Your AWS Training and Certification account (%s) is no longer linked to the AWS Partner Network organization Kasumi Technologies. Certifications held on that account will stop counting toward the organization's partner profile within 72 hours.

If you did not expect this change, contact your organization's alliance lead.

AWS Partner Network
""" % CID_OLD
add(('unrelated', False, None, [CID_OLD]), A('AWS Partner Network', 'apn-no-reply@amazon.com'), [C_RYO],
    'Your certification account was unlinked from Kasumi Technologies', d, mid_ses('apn-unlink'),
    leaf(t, enc='7bit', cs='us-ascii'), pre=m_in(d, 'amazon.com'), key='APN', crlf=True,
    note='AWS Partner Central notice about the unlink: AWS mail about certification, but not a '
         'support case.')
TXT['APN'] = t
DATES['APN'] = d

# 019 owner forwards the notice from work to personal ------------------------
d = J(3, 5, 15, 12, 40)
t = """Keeping a copy before the company mailbox closes.

-----Original Message-----
From: AWS Partner Network <apn-no-reply@amazon.com>
Sent: Wednesday, March 5, 2025 3:00 PM
To: Okabe Ryo <%s>
Subject: Your certification account was unlinked from Kasumi Technologies

%s""" % (ME_C, TXT['APN'])
add(('user_reply', False, None, []), C_RYO, [P_RYO],
    'FW: Your certification account was unlinked from Kasumi Technologies', d, mid_ol('ryo-fw-apn'),
    leaf(t, enc='qp'), irt=MID['APN'],
    note='Owner forwards a notice from the company address to his personal one; the candidate ID '
         'is only in the forwarded part.')

# 020 C: console info request, answer in the Support Center --------------------
d = U(3, 5, 17, 30, 55)
t = """Hello,

Thank you for your patience while I looked into this.

The voucher you tried to use comes from the partner benefit pool of Kasumi Technologies. Those vouchers only apply while the exam is booked from an account that is still linked to the partner organization, and that link was removed earlier today.

To see whether the voucher can be moved or replaced, I need two things: the voucher code as it appears on your Benefits page (the first and last four characters are enough) and a screenshot of the checkout error.

Please add both as a reply to this case in the Support Center. Replies sent to this email address do not reach us.
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Marisol
Amazon Web Services

Tell us how we did: each reply in this case can be rated with the stars shown next to it in the AWS Support Center.

Replies to this message are not read: the sending address cannot accept incoming e-mails. Use the AWS Support Center to respond.
""" % CASE_C
add(('info_request', True, CASE_C, []), P_CONSOLE, [C_RYO],
    'RE:[CASE %s] Exam voucher from partner training benefit not accepted at checkout' % CASE_C, d,
    mid_ses('C-info'), leaf(t, enc='qp'), cc=[P_TAKESHI], irt=MID['C1'],
    pre=m_in(d, 'amazon.com'), key='C2',
    note='Console case asks for the code and a screenshot, to be answered in the Support Center '
         '(no-reply sender, rating footer, manager in Cc) -> reply needed.')
TXT['C2'] = t
DATES['C2'] = d
