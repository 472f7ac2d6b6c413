from lib import *  # noqa: F401,F403
import lib

# 001 GitHub: PR merged, several reviewers --------------------------------
d = J(3, 3, 8, 12, 44)
t = """Merged #214 into main.

@kaito-hamada merged commit 5e1c9a2 into kasumi-tec:main from rokabe-kasumi:feature/account-baseline-v2.

Approvals: @naoko-f, @t-iwamura

--
Reply to this email directly, view it on GitHub:
https://github.com/kasumi-tec/infra-modules/pull/214#event-16502299831
You are receiving this because you authored the thread.
"""
h = ('<p>Merged <a href="https://github.com/kasumi-tec/infra-modules/pull/214">#214</a> into '
     '<code>main</code>.</p><p>Approvals: @naoko-f, @t-iwamura</p><p style="font-size:small;'
     'color:#666">Reply to this email directly, <a href="https://github.com/kasumi-tec/infra-'
     'modules/pull/214#event-16502299831">view it on GitHub</a>.<br>You are receiving this '
     'because you authored the thread.</p>')
add(('unrelated', False, None, []), A('Kaito Hamada', 'notifications@github.com'),
    [A('kasumi-tec/infra-modules', 'infra-modules@noreply.github.com')],
    'Re: [kasumi-tec/infra-modules] Merge account-baseline v2 into main (PR #214)', d,
    '<kasumi-tec/infra-modules/pull/214/issue_event/16502299831@github.com>',
    alt(t, page(h), enc='qp'),
    cc=[A('Okabe Ryo', ME_C), A('Author', 'author@noreply.github.com')],
    irt='<kasumi-tec/infra-modules/pull/214@github.com>', pre=m_in(d, 'github.com', '192.30.252.201'),
    post=[('List-ID', 'kasumi-tec/infra-modules <infra-modules.kasumi-tec.github.com>'),
          ('X-GitHub-Reason', 'author')],
    note='GitHub "merged" notice with approvers in Cc; the word merge is a trap.')

# 002 G: acknowledgement sent to a group list (Naoko's voucher case) -------
d = U(3, 3, 8, 55, 52)
t = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request has been logged as case %s, and a member of our team will reply, in most cases within one business day.

Please keep all follow-up on this thread rather than opening a new request, so nothing gets split across cases.

Your submission:
  Name: Naoko Fujisawa
  Company: Kasumi Technologies (AWS Partner)
  Email: %s
  Inquiry type: Certification
  Detail: Exam vouchers
  Description: We would like to buy 12 exam vouchers for our partner team for Q2 and need a quote and the ordering steps.

Best regards,
AWS Training and Certification Customer Service
""" % (CASE_G, GROUP)
add(('acknowledgement', False, CASE_G, []), P_TC, [GROUP],
    '[CASE %s] [AWS Training and Certification Form Submission] - exam-vouchers' % CASE_G, d,
    mid_ses('G-ack'), leaf(t, enc='qp'), pre=m_in(d, 'amazon.com'),
    post=[('X-MS-Exchange-Organization-ExpandedDistributionList', GROUP)], key='G1',
    note='T&C ack addressed only to the company group list (Naoko\'s voucher case); the owner '
         'gets it as a list member.')

# 003 Builder ID verification code ----------------------------------------
d = J(3, 3, 9, 40, 9).astimezone(UTC)
h = ('<table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">'
     '<h2>Verify your AWS Builder ID</h2><p>Hello Ryo Okabe,</p><p>Enter this code to finish '
     'creating your AWS Builder ID:</p><p style="font-size:28px;letter-spacing:6px"><b>482913</b>'
     '</p><p>The code is valid for 10 minutes. If you did not ask for it, you can ignore this '
     'message.</p><p>Amazon Web Services</p></td></tr></table>')
add(('unrelated', False, None, []), A('AWS', 'no-reply@signin.aws'), [ME_P],
    'Verify your AWS Builder ID email address', d, mid_ses('builder-otp'),
    leaf(page(h), 'html', enc='qp'), pre=g_in(d, 'signin.aws'),
    note='Builder ID one-time code (6 digits) – HTML only.')

# 004 A: acknowledgement ----------------------------------------------------
d = U(3, 3, 10, 5, 31)
t = """Dear Ryo Okabe,

We have received your message and opened case %s for it. Someone from our team normally responds within one business day, though some requests need extra investigation.

Sending the same request again creates a separate case and slows things down, so please reply to this email if you need to add something.

What you sent us:
  Inquiry type: Certification
  Additional detail: Account Merge
  Candidate ID: %s
  Message: I am leaving Kasumi Technologies on March 14. Please merge my company certification account (r-okabe@kasumi-tec.co.jp) into my personal one (okabe.ryo.ff@gmail.com, %s). I want to keep the personal address.

Kind regards,
AWS Training and Certification Customer Service
""" % (CASE_A, CID_OLD, CID_NEW)
add(('acknowledgement', False, CASE_A, [CID_OLD, CID_NEW]), P_TC, [A('Ryo Okabe', ME_P)],
    '[CASE %s] %s' % (CASE_A, FORM_SUBJ), d, mid_ses('A-ack'), leaf(t, enc='qp'),
    pre=g_in(d, 'amazon.com'), key='A1',
    note='Main case A opened (15-digit ID); echoes the form with both candidate IDs.')
DATES['A1'] = d

# 005 HR exit procedures (Japanese, manager copied, asks for a reply) -------
d = J(3, 3, 10, 31, 2)
t = """岡部さん
（CC: 岩村部長）

人事部の小野です。退職に伴うお手続きのご案内です。

・貸与PC、入館証、社用携帯は最終出社日（3/14）に総務へ返却してください。
・会社のメールアカウントは3/14 20:00 に停止します。必要なメールは事前に各自で保存してください。
・返却物チェックリストを添付しております。内容をご確認のうえ、3/12までにこのメールへ返信をお願いします。

岩村部長：業務引継ぎ計画の提出をお願いいたします。

人事部 小野 彩
Kasumi Technologies
"""
add(('unrelated', False, None, []), A('人事部 小野', 'jinji@kasumi-tec.co.jp'), [C_RYO],
    '【人事】退職手続きのご案内（岡部さん）', d, mid_ol('hr-exit'), leaf(t, enc='b64'),
    cc=[P_TAKESHI], pre=m_in(d, 'kasumi-tec.co.jp', internal=True),
    note='Colleague/HR mail with asks to the owner and to the manager; not a support case.')

# 006 B: duplicate form from the company address ------------------------------
d = U(3, 3, 13, 58, 20)
t = """Dear Ryo Okabe,

We have received your message and opened case %s for it. Someone from our team normally responds within one business day, though some requests need extra investigation.

Sending the same request again creates a separate case and slows things down, so please reply to this email if you need to add something.

What you sent us:
  Inquiry type: Certification
  Additional detail: Account Merge
  Candidate ID: %s
  Message: Sending again because I did not see a confirmation for my first request. Please move my certifications to my personal account.

Kind regards,
AWS Training and Certification Customer Service
""" % (CASE_B, CID_OLD)
add(('acknowledgement', False, CASE_B, [CID_OLD]), P_TC, [C_RYO],
    '[CASE %s] %s' % (CASE_B, FORM_SUBJ), d, mid_ses('B-ack'), leaf(t, enc='qp'),
    pre=m_in(d, 'amazon.com'), crlf=True, key='B1',
    note='Second (duplicate) case B, filed from the company address; CRLF line ends.')
TXT['B1'] = t

# 007 AWS marketing ------------------------------------------------------------
d = U(3, 3, 15, 20, 0)
h = ('<table width="600"><tr><td><h1>AWS Summit Japan 2025</h1><p>Registration is now open. '
     'Two days of keynotes, 150+ sessions and hands-on labs in Chiba.</p><p><a href="https://'
     'aws.amazon.com/jp/summits/japan/">Register now</a></p><p style="font-size:11px">You are '
     'receiving this email because you opted in to AWS event communications. <a href="https://'
     'pages.awscloud.com/unsubscribe">Unsubscribe</a>. Amazon Web Services Japan G.K.</p>'
     '</td></tr></table>')
add(('unrelated', False, None, []), A('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'),
    [ME_P], 'AWS Summit Japan 2025 – registration is open', d, mid_ses('mkt-summit'),
    leaf(page(h), 'html', enc='qp'), pre=g_in(d, 'amazon.com'),
    note='AWS marketing, HTML only.')
