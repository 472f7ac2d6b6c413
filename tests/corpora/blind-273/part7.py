from lib import *  # noqa: F401,F403
from part6 import SUBJ_C, SUBJ_E

# 045 C: console case resolved, rating footer ------------------------------------
d = U(3, 12, 9, 0, 30)
t = """Hello,

Thank you for adding the code and the screenshot in the Support Center.

Because the partner link was removed, the partner voucher could not be applied. I have asked our benefits team to issue a replacement voucher to the certification account, and it now appears on the Benefits page. You should be able to complete checkout for SAP-C02.

I'm marking this case as resolved. If something is still not right, you can reopen it from the Support Center within 14 days.

Best regards,
Marisol
Amazon Web Services

How was this answer? Rate it with the stars next to this reply in the AWS Support Center.

To see the case, go to: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this message; its address cannot accept incoming e-mails.
""" % CASE_C
add(('resolved', False, CASE_C, []), P_CONSOLE, [C_RYO], SUBJ_C, d, mid_ses('C-done'),
    alt(t, page(t2h(t)), enc='qp'), cc=[P_TAKESHI], irt=MID['C3'], pre=m_in(d, 'amazon.com'),
    note='Console case resolved (owner answered in the console, not by mail); rating footer and '
         '"reopen within 14 days".')

# 046 Skill Builder receipt ---------------------------------------------------------
d = U(3, 12, 13, 10, 0)
h = ('<h3>Thanks for your order</h3><table cellpadding="4"><tr><td>Order number</td><td>'
     'SB-2025-0312-88417</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual subscription '
     '(monthly)</td></tr><tr><td>Total</td><td>USD 29.00</td></tr></table><p>Manage your '
     'subscription at skillbuilder.aws.</p>')
add(('unrelated', False, None, []), A('AWS Skill Builder', 'no-reply@skillbuilder.aws'), [ME_P],
    'Your AWS Skill Builder receipt', d, mid_ses('sb-receipt'), leaf(page(h), 'html', enc='b64'),
    pre=g_in(d, 'skillbuilder.aws'), note='Skill Builder subscription receipt.')

# 047 suspicious: spoofed T&C sender, DMARC fail, fake case number ----------------
d = U(3, 12, 20, 40, 11)
t = """Dear Ryo,

This is the final step of your certification account merge. Our records show the AWS Partner release is still unverified.

To avoid losing your certifications, reply to all on this email within 12 hours with:
- your AWS Builder ID password
- the approval code your partner administrator received

Alternatively, verify at http://aws-training-verify.net/case/%s

AWS Training and Certification Customer Service
""" % CASE_FAKE
add(('suspicious', False, None, []), P_TC, [A('Ryo Okabe', ME_P)],
    'RE:[CASE %s] Final step: partner release verification' % CASE_FAKE, d,
    mid_other('spoof', 'aws-training-verify.net'), leaf(t, enc='qp'), cc=[NAOKO],
    pre=g_in(d, 'amazon.com', ip='185.234.219.40', host='vps-219-40.hostkey.net', dkim='fail',
             spf='fail', dmarc='fail', dkim_dom='aws-training-verify.net',
             mailfrom='mailer@aws-training-verify.net'),
    post=[('Reply-To', 'verify@aws-training-verify.net')],
    note='Spoofs the real T&C sender with a case-style subject (fake number) and a reply-all '
         'demand; DKIM/SPF/DMARC fail.')

# 048 G: closing notice to the group list, addressed to the admin ------------------
d = U(3, 13, 9, 0, 5)
t = """Hello Naoko,

I'm checking in on the voucher quote. We're still missing the billing contact and the exam list we asked about on March 6.

If we don't hear back within five business days, we'll close this case. A reply after that will reopen it automatically, so nothing is lost.

Kind regards,
Oksana
AWS Training and Certification Customer Service
"""
add(('closing_notice', False, CASE_G, []), P_TC, [GROUP],
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-vouchers' % CASE_G, d,
    mid_ses('G-close'), leaf(t, enc='qp'), irt=MID['G2'], pre=m_in(d, 'amazon.com'),
    note='Closing notice on the admin\'s voucher case, to the group list, "Hello Naoko" -> the '
         'owner is not the one support waits for.')

# 049 E: closing notice (English), admin thanked and released --------------------
d = U(3, 14, 9, 30, 18)
t = """Dear Ryo,

Following up on my message of 11 March about your exam benefit. Before I can ask our benefits team to reissue it, I still need the exam name with its pass date, and the last four characters of the old code if you have them.

If we have not heard from you by 21 March, this case will be closed automatically. A reply after that date will reopen it.

Naoko, thank you for the clarification; nothing further is needed from you.

Kind regards,
Kenji Yamaguchi
AWS Training and Certification Customer Service
"""
add(('closing_notice', True, CASE_E, []), P_TC, [A('Ryo Okabe', ME_P)], SUBJ_E, d,
    mid_ses('E-close'), alt(t, page(t2h(t)), enc='qp'), cc=[C_RYO, P_NAOKO], irt=MID['E3'],
    refs=[MID['E1'], MID['E2'], MID['E3']], pre=g_in(d, 'amazon.com'), key='E4',
    note='Closing notice on case E, still waiting for the owner; the admin in Cc is thanked and '
         'released -> reply needed.')
TXT['E4'] = t
DATES['E4'] = d

# 050 manager's last-day announcement, asks Ryo something ---------------------------
d = J(3, 14, 12, 0, 40)
t = """Team,

Today is Ryo's last day with us. Thank you, Ryo, for four great years on the platform team.

Ryo, could you reply-all with a personal address so people can stay in touch?

Takeshi
"""
add(('unrelated', False, None, []), P_TAKESHI, [A('Infra all', 'all-infra@kasumi-tec.co.jp')],
    "Ryo's last day / 岡部さん最終出社", d, mid_ol('tak-last'), leaf(t, enc='7bit', cs='us-ascii'),
    cc=[C_RYO], pre=m_in(d, 'kasumi-tec.co.jp', internal=True), crlf=True,
    note='Manager to a company list, owner in Cc, asking the owner to reply-all: colleague mail.')

# 051 Ryo answers case E in Japanese (reply-all to both his addresses and Naoko) --
d = J(3, 14, 22, 10, 9)
new = """山口様

ご連絡が遅くなり申し訳ございません。

1. AWS Certified Developer – Associate、合格日は2024年11月22日です。
2. コード末尾4文字は「7QKD」です（旧アカウント %s の特典画面の控えより）。

統合後のアカウントの候補IDは %s です。
よろしくお願いいたします。

岡部 亮
""" % (CID_OLD, CID_NEW)
t = new + '\n' + jp_on(DATES['E4'], 'AWS Training and Certification', TC) + '\n' + q(TXT['E4'])
add(('user_reply', False, CASE_E, [CID_OLD, CID_NEW]), A('岡部 亮', ME_P), [P_TC], SUBJ_E, d,
    mid_gm('ryo-3'), leaf(t, enc='b64'), cc=[C_RYO, P_NAOKO], irt=MID['E4'],
    refs=[MID['E1'], MID['E2'], MID['E4']], key='E5',
    note='Owner\'s Japanese reply-all with both IDs, sent after the company mailbox closed.')
DATES['E5'] = d

# 052 bounce for the closed company address --------------------------------------------
d = J(3, 14, 22, 10, 41).astimezone(UTC)
t1 = """** Address not found **

Your message wasn't delivered to r-okabe@kasumi-tec.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient r-okabe@kasumi-tec.co.jp not found by SMTP address lookup
"""
ds = ('Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n'
      'Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n'
      % (eu.format_datetime(DATES['E5']), ME_C))
hd = ('Date: %s\nFrom: %s\nTo: %s\nCc: %s, %s\nSubject: %s\n'
      'Message-ID: %s\n' % (eu.format_datetime(DATES['E5']), A('岡部 亮', ME_P), TC, ME_C, NAOKO,
                             SUBJ_E, MID['E5']))
parts = [leaf(t1, enc='7bit', cs='us-ascii'),
         (b'Content-Type: message/delivery-status\n', ds.encode()),
         (b'Content-Type: text/rfc822-headers\n', hd.encode())]
add(('unrelated', False, CASE_E, []), A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), [ME_P],
    'Delivery Status Notification (Failure)', d, mid_gm('bounce-1'),
    multi('report', parts, extra='; report-type=delivery-status'), pre=[('Delivered-To', ME_P)],
    note='Bounce of the owner\'s reply for the closed company address; the case subject is only '
         'in the returned headers.')
